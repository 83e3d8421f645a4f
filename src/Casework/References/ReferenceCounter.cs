namespace FamilyServices.Casework.References;

/// <summary>The last number given for a kind of reference in a year ("C" 2026 → C-2026-000123).</summary>
public class ReferenceCounter
{
    public required string Prefix { get; set; }
    public int Year { get; set; }
    public int LastNumber { get; set; }
}

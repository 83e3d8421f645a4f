namespace FamilyServices.Casework.Cases;

/// <summary>A family member or significant other of the person in prison, and how to reach them.</summary>
public class SignificantOther
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public required string Name { get; set; }
    public required string Relationship { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? PostalAddress { get; set; }
    public string? PreferredLanguage { get; set; }
    public string? Notes { get; set; }
}

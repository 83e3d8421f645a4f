namespace FamilyServices.Casework.Establishments;

/// <summary>A prison the service works in. Ids match the knowledge content ("leicester").</summary>
public class Establishment
{
    public required string Id { get; set; }
    public required string Name { get; set; }

    // The three establishments of the source documents; reference data seeded by the first migration.
    public static readonly Establishment[] Known =
    [
        new() { Id = "leicester", Name = "HMP Leicester" },
        new() { Id = "chelmsford", Name = "HMP Chelmsford" },
        new() { Id = "littlehey", Name = "HMP Littlehey" },
    ];
}

namespace FamilyServices.Casework.Surveys;

/// <summary>What changed in answer to families' feedback at an establishment in a quarter.</summary>
public class YouSaidWeDid
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string EstablishmentId { get; set; }
    public int Year { get; set; }
    public int Quarter { get; set; }
    public required string YouSaid { get; set; }
    public required string WeDid { get; set; }
    public required string AuthorUserId { get; set; }
    public DateTime PublishedAt { get; set; }
}

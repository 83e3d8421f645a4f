namespace FamilyServices.Casework.ContentReview;

/// <summary>A family's answer to "Did this help?" about one answer in one language.</summary>
public class AnswerFeedback
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Intent { get; set; }
    public required string Language { get; set; }
    public string? EstablishmentId { get; set; }
    public bool Helpful { get; set; }
    public DateTime At { get; set; }
}

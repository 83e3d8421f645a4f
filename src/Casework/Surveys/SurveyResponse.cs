using FamilyServices.Casework.Conversations;

namespace FamilyServices.Casework.Surveys;

/// <summary>One family's satisfaction survey about the visits experience. Scores are 1 (poor) to 5 (very good).</summary>
public class SurveyResponse
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string? EstablishmentId { get; set; }
    public Channel Channel { get; set; }
    public string Language { get; set; } = "en";
    public DateTime SubmittedAt { get; set; }

    public int? Booking { get; set; }
    public int? Welcome { get; set; }
    public int? Information { get; set; }
    public int? Facilities { get; set; }
    public int? Overall { get; set; }
    public string? Comment { get; set; }

    public bool Anonymous { get; set; } = true;
    public string? ContactName { get; set; }
    public string? ContactAddress { get; set; }
}

namespace FamilyServices.Casework.Cases;

public class CaseNote
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public required string Text { get; set; }
    public required string AuthorUserId { get; set; }
    public DateTime WrittenAt { get; set; }
}

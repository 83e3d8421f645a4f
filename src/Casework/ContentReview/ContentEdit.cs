using FamilyServices.Knowledge.Editing;

namespace FamilyServices.Casework.ContentReview;

/// <summary>
/// A correction a family worker made to the assistant's content in the console: a fact, an answer's wording, or
/// "still right" after a review. Never changed or deleted, so the history shows who changed what and when, and a
/// mistake is put right by a newer edit.
/// </summary>
public class ContentEdit
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public ContentChangeKind Kind { get; set; }

    /// <summary>Null: a national fact, or an answer's wording for every prison.</summary>
    public string? EstablishmentId { get; set; }

    /// <summary>The answer's language; null for facts, which every language shares.</summary>
    public string? Language { get; set; }

    /// <summary>The fact's name or the answer's intent.</summary>
    public required string Key { get; set; }

    /// <summary>The new value as typed; null puts back what the content files say.</summary>
    public string? Value { get; set; }

    /// <summary>Where the new value comes from, in the worker's words (a notice, a call with the visits team).</summary>
    public string? Source { get; set; }

    public required string ByUserId { get; set; }
    public required string ByName { get; set; }
    public DateTime At { get; set; }

    public ContentChange ToChange() => new(
        Kind, EstablishmentId, Language, Key, Value,
        $"{(string.IsNullOrWhiteSpace(Source) ? "changed" : Source)} (staff console, {At:yyyy-MM-dd})",
        DateOnly.FromDateTime(At));
}

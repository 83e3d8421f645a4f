namespace FamilyServices.Knowledge;

/// <summary>
/// One answer in one language for one establishment. Short fits two SMS segments; Full is for web chat.
/// Source names the seed documents and sections the facts came from.
/// </summary>
public sealed record Answer(
    string Intent,
    string Language,
    string? EstablishmentId,
    string Short,
    string Full,
    string Source,
    DateOnly LastReviewed);

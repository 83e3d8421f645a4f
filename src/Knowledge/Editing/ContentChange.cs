namespace FamilyServices.Knowledge.Editing;

public enum ContentChangeKind
{
    /// <summary>A fact's value (visiting sessions, a phone number): Key is the fact's name.</summary>
    Fact,
    /// <summary>The wording of an answer's SMS form: Key is the intent.</summary>
    ShortAnswer,
    /// <summary>The wording of an answer's web chat form: Key is the intent.</summary>
    FullAnswer,
    /// <summary>A family worker checked the answer and it is still right: Key is the intent.</summary>
    Reviewed,
}

/// <summary>
/// One correction made in the staff console, laid over the content files. Establishment null means the national
/// facts, or an answer's wording for every prison. A null Value puts back what the content files say.
/// </summary>
public sealed record ContentChange(
    ContentChangeKind Kind,
    string? Establishment,
    string? Language,
    string Key,
    string? Value,
    string Source,
    DateOnly On);

/// <summary>The corrections in force: for each fact or answer, the latest change wins.</summary>
public sealed class ContentOverlay
{
    public static readonly ContentOverlay None = new([]);

    private readonly Dictionary<(ContentChangeKind, string, string, string), ContentChange> _latest = [];

    /// <param name="changes">Oldest first.</param>
    public ContentOverlay(IEnumerable<ContentChange> changes)
    {
        foreach (var change in changes)
        {
            _latest[KeyOf(change.Kind, change.Establishment, change.Language, change.Key)] = change;
        }
    }

    public bool IsEmpty => _latest.Count == 0;

    private static (ContentChangeKind, string, string, string) KeyOf(ContentChangeKind kind, string? establishment, string? language, string key) =>
        (kind, establishment ?? "", kind == ContentChangeKind.Fact ? "" : language ?? "", key);

    /// <summary>Fact changes for one prison (or the national facts), that still change something.</summary>
    public IEnumerable<ContentChange> Facts(string? establishment) =>
        _latest.Values.Where(c => c.Kind == ContentChangeKind.Fact && c.Establishment == establishment && c.Value is not null);

    public ContentChange? Find(ContentChangeKind kind, string? establishment, string? language, string key) =>
        _latest.GetValueOrDefault(KeyOf(kind, establishment, language, key)) is { Value: not null } change ? change : null;
}

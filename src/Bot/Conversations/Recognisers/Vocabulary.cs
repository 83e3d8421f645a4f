namespace FamilyServices.Bot.Conversations.Recognisers;

/// <summary>
/// The words a recogniser needs in one language, read from that language's UI text file
/// ("words-yes": "yes|yeah|ok"), so adding a language is a content change. Entries are separated
/// by "|"; where position matters (numbers, weekdays) alternatives for one entry are separated by "/".
/// </summary>
public sealed class Vocabulary
{
    public const string YesKey = "words-yes";
    public const string NoKey = "words-no";
    public const string NumbersKey = "words-numbers";
    public const string WeekdaysKey = "words-weekdays";
    public const string TodayKey = "words-today";
    public const string YesterdayKey = "words-yesterday";
    public const string LastKey = "words-last";
    public const string SkipKey = "words-skip";

    public static readonly string[] Keys = [YesKey, NoKey, NumbersKey, WeekdaysKey, TodayKey, YesterdayKey, LastKey, SkipKey];

    private readonly Func<string, string> _text;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<string>> _lists = new(StringComparer.Ordinal);

    private Vocabulary(Func<string, string> text, IEnumerable<string> names)
    {
        _text = text;
        Names = names.Select(Normaliser.Fold).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
        Yes = Words(text(YesKey));
        No = Words(text(NoKey));
        Numbers = Positions(text(NumbersKey));
        Weekdays = Positions(text(WeekdaysKey));
        Today = Words(text(TodayKey));
        Yesterday = Words(text(YesterdayKey));
        Last = Words(text(LastKey));
        Skip = Words(text(SkipKey));
    }

    public IReadOnlyList<string> Yes { get; }
    public IReadOnlyList<string> No { get; }

    /// <summary>Number words by value: Numbers[3] holds "three" and its alternatives.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Numbers { get; }

    /// <summary>Weekday names, Monday first.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Weekdays { get; }
    public IReadOnlyList<string> Today { get; }
    public IReadOnlyList<string> Yesterday { get; }
    public IReadOnlyList<string> Last { get; }

    /// <summary>"I don't know", "skip": an answer to an optional question.</summary>
    public IReadOnlyList<string> Skip { get; }

    /// <summary>The language's own name and the words that ask for it ("polski", "po polsku").</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>Any other list of words in the UI texts ("words-help": "help|?"), folded; read once.</summary>
    public IReadOnlySet<string> List(string key) =>
        _lists.GetOrAdd(key, k => Words(_text(k)).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// The vocabulary of one language; <paramref name="text"/> looks a key up in that language's UI texts,
    /// <paramref name="names"/> are what the language is called.
    /// </summary>
    public static Vocabulary From(Func<string, string> text, IEnumerable<string>? names = null) => new(text, names ?? []);

    private static string[] Words(string list) =>
        list.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Normaliser.Fold).Where(w => w.Length > 0).ToArray();

    private static IReadOnlyList<string>[] Positions(string list) =>
        list.Split('|', StringSplitOptions.TrimEntries)
            .Select(entry => (IReadOnlyList<string>)entry.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Normaliser.Fold).ToArray())
            .ToArray();
}

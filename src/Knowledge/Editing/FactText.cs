using System.Globalization;
using System.Text.RegularExpressions;

namespace FamilyServices.Knowledge.Editing;

/// <summary>
/// Facts as a family worker types them: text as it is, a list one item a line, sessions one a line like
/// "mon-thu, sat 13:45-15:30". A fact keeps its kind: a phone number cannot become a list of sessions.
/// </summary>
public static partial class FactText
{
    private static readonly string[] DayCodes = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static bool IsEditable(Fact fact) => fact.Value is not bool;

    public static string Hint(Fact fact) => fact.Value switch
    {
        IReadOnlyList<Session> => "One session a line: the days, then the times, like mon-thu, sat 13:45-15:30",
        DayList => "The days, like mon, wed, fri or mon-fri",
        IReadOnlyList<string> => "One item a line",
        _ => "Exactly as families should read it",
    };

    public static string Format(Fact fact) => fact.Value switch
    {
        string text => text,
        IReadOnlyList<Session> sessions => string.Join("\n", sessions.Select(s =>
            (s.Days.Count == 0 ? "" : Days(s.Days) + " ") + $"{s.Start:HH\\:mm}-{s.End:HH\\:mm}")),
        DayList days => Days(days.Days),
        IReadOnlyList<string> items => string.Join("\n", items),
        _ => "yes",
    };

    /// <summary>The new value in the existing fact's kind, or a ContentException saying what is wrong.</summary>
    public static Fact Parse(Fact existing, string text, string source)
    {
        var lines = text.Replace("\r", "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
        {
            throw Problem($"Enter a value for '{existing.Name}'");
        }

        object value = existing.Value switch
        {
            string when lines.Count > 1 => throw Problem($"'{existing.Name}' is a single line"),
            string => lines[0],
            IReadOnlyList<Session> => lines.Select((l, i) => ParseSession(existing.Name, l, i + 1)).ToList(),
            DayList => new DayList(ParseDays(existing.Name, string.Join(" ", lines), 1)),
            IReadOnlyList<string> => lines,
            _ => throw Problem($"'{existing.Name}' is a yes or no fact and can only be changed in the content files"),
        };
        return new Fact(existing.Name, value, source);
    }

    private static Session ParseSession(string name, string line, int number)
    {
        var match = SessionLine().Match(line);
        if (!match.Success)
        {
            throw Problem($"'{name}' line {number} should be days then times, like mon-thu 13:45-15:30");
        }

        var start = ParseTime(name, match.Groups["start"].Value, number);
        var end = ParseTime(name, match.Groups["end"].Value, number);
        if (end <= start)
        {
            throw Problem($"'{name}' line {number}: the end time {end:HH\\:mm} should be after the start time {start:HH\\:mm}");
        }

        var days = match.Groups["days"].Value.Trim();
        return new Session(days.Length == 0 ? [] : ParseDays(name, days, number), start, end);
    }

    private static TimeOnly ParseTime(string name, string text, int number) =>
        TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw Problem($"'{name}' line {number}: '{text}' should be a 24-hour time like 13:45");

    private static List<DayOfWeek> ParseDays(string name, string text, int number)
    {
        var days = new List<DayOfWeek>();
        foreach (var part in text.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var range = part.Split('-');
            var from = Array.IndexOf(DayCodes, range[0].ToLowerInvariant());
            var to = range.Length == 2 ? Array.IndexOf(DayCodes, range[1].ToLowerInvariant()) : from;
            if (range.Length > 2 || from < 0 || to < from)
            {
                throw Problem($"'{name}' line {number}: '{part}' is not a day or days (mon, tue, wed, thu, fri, sat, sun, or a range like mon-fri)");
            }

            days.AddRange(Week[from..(to + 1)].Where(d => !days.Contains(d)));
        }

        return days;
    }

    private static string Days(IReadOnlyList<DayOfWeek> days) =>
        string.Join(", ", days.Select(d => DayCodes[Array.IndexOf(Week, d)]));

    internal static ContentException Problem(string problem) => new("staff console", 0, problem);

    [GeneratedRegex(@"^(?<days>[A-Za-z,;\-\s]*?)\s*(?<start>[0-9:.]+)\s*(?:-|–|to)\s*(?<end>[0-9:.]+)$")]
    private static partial Regex SessionLine();
}

using System.Text;

namespace FamilyServices.Knowledge.Answers;

/// <summary>Writes facts (days, times, lists) the way each language writes them.</summary>
internal static class FactFormatter
{
    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static string Format(Fact fact, LanguageProfile language, bool brief) => fact.Value switch
    {
        string text => text,
        IReadOnlyList<Session> sessions => Sessions(sessions, language, brief),
        DayList days => Days(days.Days, language, brief),
        IReadOnlyList<string> items => List(items, language),
        _ => "",
    };

    public static string List(IReadOnlyList<string> items, LanguageProfile language) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " " + language.And + " " + items[^1],
    };

    public static string Sessions(IReadOnlyList<Session> sessions, LanguageProfile language, bool brief) =>
        string.Join(brief ? "; " : "\n", sessions.Select(s =>
            s.Days.Count == 0 ? TimeRange(s.Start, s.End, language) : Days(s.Days, language, brief) + " " + TimeRange(s.Start, s.End, language)));

    public static string TimeRange(TimeOnly start, TimeOnly end, LanguageProfile language) =>
        language.TimeRange.Replace("{start}", Time(start, language)).Replace("{end}", Time(end, language));

    public static string Days(IReadOnlyList<DayOfWeek> days, LanguageProfile language, bool brief)
    {
        var names = brief ? language.DaysShort : language.Days;
        var indexes = days.Select(d => Array.IndexOf(Week, d)).Distinct().Order().ToList();
        if (indexes.Count == 7)
        {
            return language.EveryDay;
        }

        // Runs of three or more days read better as "Tuesday to Friday".
        var parts = new List<string>();
        for (var i = 0; i < indexes.Count;)
        {
            var j = i;
            while (j + 1 < indexes.Count && indexes[j + 1] == indexes[j] + 1)
            {
                j++;
            }

            if (j - i >= 2)
            {
                parts.Add(language.DayRange.Replace("{from}", names[indexes[i]]).Replace("{to}", names[indexes[j]]));
            }
            else
            {
                for (var k = i; k <= j; k++)
                {
                    parts.Add(names[indexes[k]]);
                }
            }

            i = j + 1;
        }

        return List(parts, language);
    }

    public static string Time(TimeOnly time, LanguageProfile language)
    {
        var format = time.Minute == 0 ? language.WholeHourFormat : language.TimeFormat;
        var result = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            if (format.AsSpan(i).StartsWith("HH"))
            {
                result.Append(time.Hour.ToString("00"));
                i++;
            }
            else if (format[i] == 'H')
            {
                result.Append(time.Hour);
            }
            else if (format[i] == 'h')
            {
                result.Append(time.Hour % 12 == 0 ? 12 : time.Hour % 12);
            }
            else if (format.AsSpan(i).StartsWith("mm"))
            {
                result.Append(time.Minute.ToString("00"));
                i++;
            }
            else if (format.AsSpan(i).StartsWith("tt"))
            {
                result.Append(time.Hour < 12 ? language.Am : language.Pm);
                i++;
            }
            else
            {
                result.Append(format[i]);
            }
        }

        return result.ToString();
    }
}

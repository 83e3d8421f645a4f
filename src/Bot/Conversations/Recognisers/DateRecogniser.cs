using System.Text.RegularExpressions;

namespace FamilyServices.Bot.Conversations.Recognisers;

/// <summary>
/// A day in the past, as families say it: today, yesterday, a weekday ("Tuesday" is the most recent
/// one, "last Tuesday" the one before today), or a date written the British way (dd/mm/yyyy).
/// </summary>
public static partial class DateRecogniser
{
    public static DateOnly? Recognise(string text, DateOnly today, IReadOnlyList<Vocabulary> vocabularies)
    {
        var folded = Normaliser.Fold(text);
        if (folded.Length == 0)
        {
            return null;
        }

        var match = WrittenDate().Match(folded);
        if (match.Success)
        {
            var day = int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : today.Year;
            if (year < 100)
            {
                year += 2000;
            }

            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return null;
            }

            var date = new DateOnly(year, month, day);
            // "14/03" said in January means last March.
            return !match.Groups["y"].Success && date > today ? date.AddYears(-1) : date;
        }

        foreach (var words in vocabularies)
        {
            if (words.Today.Any(w => Normaliser.ContainsPhrase(folded, w)))
            {
                return today;
            }

            if (words.Yesterday.Any(w => Normaliser.ContainsPhrase(folded, w)))
            {
                return today.AddDays(-1);
            }

            for (var index = 0; index < words.Weekdays.Count; index++)
            {
                if (!words.Weekdays[index].Any(w => Normaliser.ContainsPhrase(folded, w)))
                {
                    continue;
                }

                var weekday = (DayOfWeek)((index + 1) % 7);
                var back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
                if (back == 0 && words.Last.Any(w => Normaliser.ContainsPhrase(folded, w)))
                {
                    back = 7;
                }

                return today.AddDays(-back);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:\D*\s)?(?<d>\d{1,2})[/.\-](?<m>\d{1,2})(?:[/.\-](?<y>\d{4}|\d{2}))?(?:\s\D*)?$")]
    private static partial Regex WrittenDate();
}

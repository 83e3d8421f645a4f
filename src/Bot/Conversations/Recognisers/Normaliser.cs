using System.Globalization;
using System.Text;

namespace FamilyServices.Bot.Conversations.Recognisers;

/// <summary>
/// Folds what people type on a phone into one comparable form: lower case, no accents (SMS users
/// drop them), one Arabic alef, Western digits for Arabic-Indic and Urdu ones, no punctuation.
/// </summary>
public static class Normaliser
{
    public static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c == '\u0640')
            {
                // Accents, Arabic short vowels and the tatweel carry no meaning for matching.
                continue;
            }

            builder.Append(c switch
            {
                'ł' => 'l',
                'ß' => 's',
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ی',
                'ة' => 'ه',
                'ي' => 'ی',
                'ك' => 'ک',
                '’' or '‘' or '`' => '\'',
                _ when char.IsDigit(c) => (char)('0' + (int)char.GetNumericValue(c)),
                _ when char.IsPunctuation(c) && c is not '\'' and not '/' and not '+' and not '-' and not '.' and not '@' => ' ',
                _ => c,
            });
        }

        return string.Join(' ', builder.ToString().Normalize(NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ', '-');
    }

    /// <summary>The folded text as whole words, so "no" is not found inside "know".</summary>
    public static bool ContainsPhrase(string folded, string phrase) =>
        phrase.Length > 0 && $" {folded} ".Contains($" {phrase} ", StringComparison.Ordinal);

    /// <summary>Edit distance, for a typo in a choice label ("bookin").</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

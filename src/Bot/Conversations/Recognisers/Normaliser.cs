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
        if (System.Text.Ascii.IsValid(text))
        {
            return FoldAscii(text);
        }
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

    /// <summary>
    /// <see cref="Fold"/> for text in plain ASCII (most English texts), in one pass: nothing to decompose,
    /// no accents, only upper case, punctuation and runs of spaces to fold.
    /// </summary>
    private static string FoldAscii(string text)
    {
        Span<char> folded = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            var mapped = c switch
            {
                >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
                '`' => '\'',
                _ when char.IsPunctuation(c) && c is not '\'' and not '/' and not '+' and not '-' and not '.' and not '@' => ' ',
                _ => c,
            };
            if (char.IsWhiteSpace(mapped))
            {
                space = length > 0;
                continue;
            }
            if (space)
            {
                folded[length++] = ' ';
                space = false;
            }
            folded[length++] = mapped;
        }
        var result = folded[..length].Trim(".- ");
        return result.SequenceEqual(text) ? text : new string(result);
    }

    /// <summary>The folded text as whole words, so "no" is not found inside "know".</summary>
    public static bool ContainsPhrase(string folded, string phrase)
    {
        if (phrase.Length == 0)
        {
            return false;
        }
        for (var from = 0; from + phrase.Length <= folded.Length;)
        {
            var at = folded.AsSpan(from).IndexOf(phrase, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }
            at += from;
            var end = at + phrase.Length;
            if ((at == 0 || folded[at - 1] == ' ') && (end == folded.Length || folded[end] == ' '))
            {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    // Content's labels and synonyms are folded on every answer to a question: once is enough. Bounded, as a
    // dialog may offer choices made at run time.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> FoldedNames = new(StringComparer.Ordinal);

    /// <summary><see cref="Fold"/> for the content's own words (a choice's label or synonym), remembered.</summary>
    public static string FoldName(string name)
    {
        if (FoldedNames.TryGetValue(name, out var folded))
        {
            return folded;
        }
        folded = Fold(name);
        if (FoldedNames.Count < 10_000)
        {
            FoldedNames.TryAdd(name, folded);
        }
        return folded;
    }

    /// <summary>Edit distance, for a typo in a choice label ("bookin").</summary>
    public static int Distance(string a, string b)
    {
        // Two rows of the table: on the stack for the short words people type.
        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
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

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }
}

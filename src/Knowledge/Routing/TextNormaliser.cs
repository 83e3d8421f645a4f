using System.Globalization;
using System.Text;

namespace FamilyServices.Knowledge.Routing;

/// <summary>
/// Puts a message into one comparable form: lower case, no accents (SMS users often drop them), one spelling of
/// the Arabic-script letters that Arabic and Urdu keyboards type differently, and words split out.
/// </summary>
internal static class TextNormaliser
{
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            // Most English texts: nothing to decompose, no accents, only upper case and apostrophes (and nulls) to fold.
            return string.Create(text.Length - text.AsSpan().Count('\'') - text.AsSpan().Count('`') - text.AsSpan().Count('\0'), text, static (folded, text) =>
            {
                var length = 0;
                foreach (var c in text)
                {
                    if (c is not ('\'' or '`' or '\0'))
                    {
                        folded[length++] = char.ToLowerInvariant(c);
                    }
                }
            });
        }
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue; // accents, and Arabic short vowels
            }

            builder.Append(c switch
            {
                'ł' => 'l',
                'ß' => 's',
                '\u0640' => '\0', // tatweel: stretches a word, means nothing
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ي' or 'ى' or 'ئ' or 'ې' => 'ی',
                'ك' => 'ک',
                'ه' or 'ة' or 'ۃ' or 'ە' => 'ہ',
                'ؤ' => 'و',
                'ۓ' => 'ے',
                '\u2019' or '\u2018' or '`' or '\'' => '\0',
                _ => c,
            });
        }

        return builder.Replace("\0", "").ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool ChangesScript(char before, char after) =>
        char.IsLetter(before) && char.IsLetter(after) && IsArabicScript(before) != IsArabicScript(after);

    public static List<string> Tokens(string folded)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start >= 0 && ChangesScript(folded[i - 1], folded[i]))
            {
                // "الvideo call", "کاvisit": Arabic script run on to an English word is two words.
                tokens.Add(folded[start..i]);
                start = i;
            }
            else if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                tokens.Add(folded[start..i]);
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>
    /// Rewrites text-speak ("wat", "2", "u") into words, using the language's own lists. A two-word key of
    /// <paramref name="pairs"/> is read before its first word alone: "id like" is "I'd like", while "id" alone is the
    /// papers a visitor shows.
    /// </summary>
    public static List<string> ExpandTextSpeak(List<string> tokens, Dictionary<string, string[]> textSpeak, Dictionary<string, string[]> pairs)
    {
        if (textSpeak.Count == 0 && pairs.Count == 0)
        {
            return tokens;
        }

        var pairLookup = pairs.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> pair = stackalloc char[64];
        var result = new List<string>(tokens.Count + 2);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (pairs.Count > 0 && i + 1 < tokens.Count && token.Length + tokens[i + 1].Length < pair.Length)
            {
                var length = token.Length + 1 + tokens[i + 1].Length;
                token.CopyTo(pair);
                pair[token.Length] = ' ';
                tokens[i + 1].CopyTo(pair[(token.Length + 1)..]);
                if (pairLookup.TryGetValue(pair[..length], out var read))
                {
                    result.AddRange(read);
                    i++;
                    continue;
                }
            }

            if (textSpeak.TryGetValue(token, out var words))
            {
                result.AddRange(words);
            }
            else
            {
                result.Add(token);
            }
        }

        return result;
    }

    public static bool IsArabicScript(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF';
}

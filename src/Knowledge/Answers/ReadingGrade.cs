using System.Text.RegularExpressions;

namespace FamilyServices.Knowledge.Answers;

/// <summary>
/// Flesch-Kincaid grade of English text: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
/// Web and email addresses and phone numbers are left out: they are copied, not read.
/// Each line counts as a sentence, because answers put one thought on each line.
/// </summary>
public static partial class ReadingGrade
{
    public static double FleschKincaid(string text)
    {
        var prose = NotProse().Replace(text, " ");
        var sentences = SentenceBreak().Split(prose).Where(s => Words(s).Any()).ToList();
        var words = sentences.SelectMany(Words).ToList();
        if (words.Count == 0)
        {
            return 0;
        }

        var syllables = words.Sum(SyllablesAsWritten);
        return 0.39 * words.Count / sentences.Count + 11.8 * syllables / words.Count - 15.59;
    }

    public static IEnumerable<string> Words(string sentence) =>
        Word().Matches(sentence).Select(m => m.Value);

    // Capitals read letter by letter ("ID", "HMP", "NHS"), except the few that are said as words.
    private static readonly HashSet<string> SaidAsWords = ["PIN", "PASS", "MENU", "PERSON", "STOP", "START", "OK", "NICCO", "FAO", "US", "UK"];

    private static int SyllablesAsWritten(string word)
    {
        if (word.Length >= 2 && word.All(char.IsUpper) && !SaidAsWords.Contains(word))
        {
            return word.Sum(c => c == 'W' ? 3 : 1);
        }

        return word == "UK" ? 2 : Syllables(word);
    }

    /// <summary>Syllables in an English word: vowel groups, less a silent final e, with the usual exceptions.</summary>
    public static int Syllables(string word)
    {
        var w = word.ToLowerInvariant().Replace("'", "").Replace("’", "");
        if (w.Length <= 3)
        {
            return 1;
        }

        if (Exceptions.TryGetValue(w, out var known))
        {
            return known;
        }

        var count = VowelGroup().Matches(w).Count;

        // Silent e: "make", "time" (but "table", "people" keep their -le syllable).
        if (w.EndsWith('e') && !w.EndsWith("le") && !w.EndsWith("ee") && !w.EndsWith("ye"))
        {
            count--;
        }

        // "-es" and "-ed" are silent after most letters: "times", "booked", but not "buses", "needed".
        if ((w.EndsWith("es") && !SoundedEs().IsMatch(w)) || (w.EndsWith("ed") && !w.EndsWith("ted") && !w.EndsWith("ded")))
        {
            count--;
        }

        // Vowel pairs that split into two syllables: "visiting" no, "area", "video", "create".
        count += SplitVowels().Matches(w).Count;
        return Math.Max(1, count);
    }

    private static readonly Dictionary<string, int> Exceptions = new(StringComparer.Ordinal)
    {
        ["every"] = 2, ["family"] = 3, ["families"] = 3, ["people"] = 2, ["business"] = 2, ["where"] = 1,
        ["there"] = 1, ["here"] = 1, ["were"] = 1, ["some"] = 1, ["come"] = 1, ["done"] = 1, ["gone"] = 1,
        ["give"] = 1, ["have"] = 1, ["live"] = 1, ["once"] = 1, ["sure"] = 1, ["whole"] = 1, ["move"] = 1,
        ["prove"] = 1, ["one"] = 1, ["someone"] = 2, ["anyone"] = 3, ["everyone"] = 3, ["police"] = 2,
        ["office"] = 2, ["officer"] = 3, ["centre"] = 2, ["centres"] = 2, ["theatre"] = 3, ["area"] = 3,
        ["idea"] = 3, ["video"] = 3, ["videos"] = 3, ["create"] = 2, ["being"] = 2, ["going"] = 2,
        ["doing"] = 2, ["seeing"] = 2, ["toilet"] = 2, ["toilets"] = 2, ["quiet"] = 2, ["science"] = 2,
        ["prison"] = 2, ["prisons"] = 2, ["prisoner"] = 3, ["prisoners"] = 3, ["orderly"] = 3,
        ["evening"] = 2, ["different"] = 3, ["interest"] = 3, ["safer"] = 2, ["wear"] = 1, ["care"] = 1,
        ["sometimes"] = 2, ["before"] = 2, ["outside"] = 2, ["inside"] = 2, ["made"] = 1, ["make"] = 1,
        ["welsh"] = 1, ["leicester"] = 2, ["chelmsford"] = 2, ["littlehey"] = 3, ["huntingdon"] = 3, ["wales"] = 1, ["coupon"] = 2, ["gcse"] = 4, ["nvq"] = 3, ["pass"] = 1,
    };

    [GeneratedRegex(@"(\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|https?://\S+|www\.\S+|\S+@\S+|\S*\.(com|uk|org)\S*|[£$]?\d[\d\s:.,\-–]*\d|[£$]?\d)")]
    private static partial Regex NotProse();

    [GeneratedRegex(@"[.!?]+|\n")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’]*")]
    private static partial Regex Word();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();

    [GeneratedRegex("(ses|zes|ces|ges|xes|shes|ches)$")]
    private static partial Regex SoundedEs();

    [GeneratedRegex("(ia|io(?!n)|eo|ua|uo|iu)")]
    private static partial Regex SplitVowels();
}

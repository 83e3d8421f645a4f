namespace FamilyServices.Bot.Conversations.Recognisers;

/// <summary>A whole number as digits in any script (Western, Arabic-Indic, Urdu) or as a word.</summary>
public static class NumberRecogniser
{
    public static int? Recognise(string text, IReadOnlyList<Vocabulary> vocabularies)
    {
        var folded = Normaliser.Fold(text);
        var digits = new string(folded.TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length is > 0 and < 7 && (digits.Length == folded.Length || !char.IsAsciiDigit(folded[digits.Length])))
        {
            var rest = folded[digits.Length..].Trim();
            // "3", "3.", "3/5" (a score out of five) are numbers; "3 pm" or "3rd May" is not what we asked.
            if (rest.Length == 0 || rest is "." or ")" || rest.StartsWith('/'))
            {
                return int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        foreach (var words in vocabularies)
        {
            for (var value = 0; value < words.Numbers.Count; value++)
            {
                if (words.Numbers[value].Any(w => w == folded))
                {
                    return value;
                }
            }
        }

        foreach (var words in vocabularies)
        {
            // "four out of five", "maybe three": a single number word anywhere in a short answer.
            var found = Enumerable.Range(0, words.Numbers.Count)
                .Where(value => words.Numbers[value].Any(w => Normaliser.ContainsPhrase(folded, w)))
                .ToList();
            if (found.Count == 1 && folded.Split(' ').Length <= 4)
            {
                return found[0];
            }
        }

        return null;
    }
}

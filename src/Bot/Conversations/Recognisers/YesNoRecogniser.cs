namespace FamilyServices.Bot.Conversations.Recognisers;

/// <summary>Yes or no in the person's language, then in English (people mix them).</summary>
public static class YesNoRecogniser
{
    public static bool? Recognise(string text, IReadOnlyList<Vocabulary> vocabularies)
    {
        var folded = Normaliser.Fold(text);
        if (folded.Length == 0)
        {
            return null;
        }

        foreach (var words in vocabularies)
        {
            // Whole answer first ("no thanks" is no, not the "thanks" in it), then its first word ("yes I do").
            if (words.No.Contains(folded))
            {
                return false;
            }

            if (words.Yes.Contains(folded))
            {
                return true;
            }
        }

        foreach (var words in vocabularies)
        {
            var no = words.No.Any(w => folded.StartsWith(w + " ", StringComparison.Ordinal));
            var yes = words.Yes.Any(w => folded.StartsWith(w + " ", StringComparison.Ordinal));
            if (no != yes)
            {
                return yes;
            }
        }

        return null;
    }
}

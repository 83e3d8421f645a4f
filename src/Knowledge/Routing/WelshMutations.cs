namespace FamilyServices.Knowledge.Routing;

/// <summary>
/// Welsh changes the first consonant of a word after some words ("carchar", "ngharchar", "charchar", "garchar"):
/// soft, nasal and aspirate mutation. <see cref="Key"/> gives every mutated form of a word the same key, so a cue or an
/// example written in one form hears the others. <see cref="Radicals"/> lists the words a form may come from.
/// </summary>
internal static class WelshMutations
{
    public static string Key(string word)
    {
        if (word.Length < 3 || !char.IsAsciiLetterLower(word[0]))
        {
            return word;
        }

        if (word.StartsWith("ngh", StringComparison.Ordinal))
        {
            return "c" + word[3..];
        }

        var two = word[..2];
        switch (two)
        {
            case "mh" or "ph":
                return "p" + word[2..];
            case "nh" or "th" or "dd":
                return "t" + word[2..];
            case "ng" or "ch":
                return "c" + word[2..];
            case "ll":
                return "l" + word[2..];
            case "rh":
                return "r" + word[2..];
            case "ff":
                return word;
        }

        return word[0] switch
        {
            'g' => "c" + word[1..],
            'b' or 'f' or 'm' => "p" + word[1..],
            'd' or 'n' => "t" + word[1..],
            'a' or 'e' or 'i' or 'o' or 'u' or 'w' or 'y' => "c" + word, // soft mutation drops a g: "gwaed", "waed"
            _ => word,
        };
    }

    /// <summary>The forms this word may be a mutation of, nearest first (the word itself is not listed).</summary>
    public static IEnumerable<string> Radicals(string word)
    {
        if (word.Length < 3 || !char.IsAsciiLetterLower(word[0]))
        {
            yield break;
        }

        if (word.StartsWith("ngh", StringComparison.Ordinal))
        {
            yield return "c" + word[3..];
            yield break;
        }

        switch (word[..2])
        {
            case "mh": yield return "p" + word[2..]; yield break;
            case "nh": yield return "t" + word[2..]; yield break;
            case "ng": yield return "g" + word[2..]; yield break;
            case "ch": yield return "c" + word[2..]; yield break;
            case "ph": yield return "p" + word[2..]; yield break;
            case "th": yield return "t" + word[2..]; yield break;
            case "dd": yield return "d" + word[2..]; yield break;
            case "ll" or "rh" or "ff": yield break;
        }

        switch (word[0])
        {
            case 'g': yield return "c" + word[1..]; break;
            case 'b': yield return "p" + word[1..]; break;
            case 'd': yield return "t" + word[1..]; break;
            case 'f': yield return "b" + word[1..]; yield return "m" + word[1..]; break;
            case 'l': yield return "ll" + word[1..]; break;
            case 'r': yield return "rh" + word[1..]; break;
            case 'm': yield return "b" + word[1..]; break;
            case 'n': yield return "d" + word[1..]; break;
            case 'a' or 'e' or 'i' or 'o' or 'u' or 'w' or 'y': yield return "g" + word; break;
        }
    }
}

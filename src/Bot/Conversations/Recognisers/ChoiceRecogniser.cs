namespace FamilyServices.Bot.Conversations.Recognisers;

/// <summary>One option a person can pick, with the label they see and other words they may use.</summary>
public sealed record ChoiceOption(string Value, string Label, IReadOnlyList<string> Synonyms);

/// <summary>Picks a choice by its number in the list (as SMS shows it), its label, a synonym, or a near miss of either.</summary>
public static class ChoiceRecogniser
{
    public static string? Recognise(string text, IReadOnlyList<ChoiceOption> choices, IReadOnlyList<Vocabulary> vocabularies)
    {
        var folded = Normaliser.Fold(text);
        if (folded.Length == 0)
        {
            return null;
        }

        if (NumberRecogniser.Recognise(folded, vocabularies) is { } number && folded.Split(' ').Length <= 2)
        {
            return number >= 1 && number <= choices.Count ? choices[number - 1].Value : null;
        }

        var names = choices.Select(c => (c.Value, Names: c.Synonyms.Append(c.Label).Append(c.Value).Select(Normaliser.FoldName).Where(n => n.Length > 0).ToList())).ToList();

        var exact = names.Where(c => c.Names.Contains(folded)).Select(c => c.Value).Distinct().ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }

        // A label or synonym said within a longer answer ("it was about the booking").
        var mentioned = names.Where(c => c.Names.Any(n => n.Length >= 3 && Normaliser.ContainsPhrase(folded, n))).Select(c => c.Value).Distinct().ToList();
        if (mentioned.Count == 1)
        {
            return mentioned[0];
        }

        // A typo: the one name within a small edit distance of the answer.
        var near = names
            .Select(c => (c.Value, Distance: c.Names.Min(n => Normaliser.Distance(n, folded) * 10 / Math.Max(n.Length, 1))))
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance)
            .ToList();
        return near.Count > 0 && (near.Count == 1 || near[0].Distance < near[1].Distance) ? near[0].Value : null;
    }
}

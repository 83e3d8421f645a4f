using FamilyServices.Knowledge.Routing;

namespace FamilyServices.Knowledge.Tests.Content;

/// <summary>
/// An everyday phrase ("panic attack", "takes for himself from the canteen") blanks its words before any risk is read.
/// One that is also part of a phrase telling a worry or a risk to life ("isi ia" inside "isi ia viata", takes his life)
/// would hide it in every message that says it: a lost escalation. Checked across languages, as messages mix them.
/// </summary>
public class EverydayPhraseTests
{
    [Fact]
    public void No_everyday_phrase_is_part_of_a_phrase_that_tells_a_worry_or_a_risk_to_life()
    {
        var routing = Shared.Knowledge.Routing;
        var riskConcepts = routing.SelectMany(r => r.Rules).Where(r => r.Level != WelfareLevel.None)
            .SelectMany(r => r.Concepts).ToHashSet(StringComparer.Ordinal);
        var riskPhrases = routing.SelectMany(r => r.WelfareCues.Where(c => c.Level != WelfareLevel.None).Select(c => (r.Language, Phrase: c.Phrase))
                .Concat(r.Concepts.Where(c => riskConcepts.Contains(c.Key) && !IsEverydayConcept(c.Key)).SelectMany(c => c.Value.Select(p => (r.Language, Phrase: p)))))
            .Select(p => (p.Language, p.Phrase, Words: Words(p.Phrase)))
            .Where(p => p.Words.Length > 0)
            .ToList();

        var hiding = routing
            .SelectMany(r => r.Ordinary.Select(o => (r.Language, Everyday: o, Words: Words(o))))
            .SelectMany(o => riskPhrases.Where(p => Contains(p.Words, o.Words)).Select(p => $"{o.Language} \"{o.Everyday}\" hides {p.Language} \"{p.Phrase}\""))
            .ToList();

        Assert.True(hiding.Count == 0, string.Join("\n", hiding));
    }

    [Fact]
    public void The_check_finds_an_everyday_phrase_inside_a_risk_phrase()
    {
        Assert.True(Contains(Words("sa isi ia viata"), Words("isi ia")));
        Assert.False(Contains(Words("sa isi ia viata"), Words("isi ia de la cantina")));
    }

    // Concepts that are a time, a person or a grammatical word, not a risk on their own: everyday phrases may use them.
    private static bool IsEverydayConcept(string concept) => concept is "now" or "tonight" or "self" or "all" or "not" or "everyone" or "future";

    private static string[] Words(string phrase) => [.. TextNormaliser.Tokens(TextNormaliser.Fold(phrase.Replace("*", "", StringComparison.Ordinal)))];

    private static bool Contains(string[] phrase, string[] part)
    {
        if (part.Length == 0 || part.Length > phrase.Length)
        {
            return false;
        }
        for (var i = 0; i + part.Length <= phrase.Length; i++)
        {
            if (phrase.AsSpan(i, part.Length).SequenceEqual(part))
            {
                return true;
            }
        }
        return false;
    }
}

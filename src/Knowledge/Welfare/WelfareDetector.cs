using FamilyServices.Knowledge.Routing;

namespace FamilyServices.Knowledge.Welfare;

/// <summary>
/// Looks for signs that someone is at risk, in every message, in every language's cues at once (a worried parent
/// may switch language). Tuned for recall: a risk to life is an emergency, unless the words around it say it is past
/// or denied, and then it is still a concern, never nothing.
/// </summary>
internal sealed class WelfareDetector
{
    private const int MaxGap = 2;
    private const int SoftenerWindow = 4;

    private readonly List<Cue> _cues = [];
    private readonly HashSet<string> _people = new(StringComparer.Ordinal);
    private readonly List<string[]> _negations = [];
    private readonly List<string[]> _past = [];

    public WelfareDetector(IEnumerable<(LanguageRouting Routing, Func<string, List<string>> Normalise)> languages)
    {
        foreach (var (routing, normalise) in languages)
        {
            foreach (var cue in routing.WelfareCues)
            {
                var terms = normalise(cue.Phrase.Replace("*", " ENDSWITHSTAR")).ToArray();
                var parsed = new List<Term>();
                foreach (var term in terms)
                {
                    if (term == "endswithstar" && parsed.Count > 0)
                    {
                        parsed[^1] = parsed[^1] with { Prefix = true };
                    }
                    else
                    {
                        parsed.Add(new Term(term, false));
                    }
                }

                if (parsed.Count > 0)
                {
                    _cues.Add(new Cue(parsed.ToArray(), cue.Level, cue.Category, cue.Vague));
                }
            }

            foreach (var person in routing.People)
            {
                _people.UnionWith(normalise(person));
            }

            _negations.AddRange(routing.Negations.Select(n => normalise(n).ToArray()).Where(w => w.Length > 0));
            _past.AddRange(routing.Past.Select(n => normalise(n).ToArray()).Where(w => w.Length > 0));
        }
    }

    public WelfareSignal Detect(params List<string>[] readings)
    {
        var level = WelfareLevel.None;
        string? category = null;
        var strength = 0;
        foreach (var tokens in readings)
        {
            var aboutSomeone = tokens.Any(_people.Contains);
            var stems = tokens.Select(Stem).ToList();
            foreach (var cue in _cues)
            {
                // The highest level wins; within a level, the most specific cue (most words) names the topic.
                if (cue.Level < level || (cue.Level == level && cue.Terms.Length <= strength))
                {
                    continue;
                }

                var (at, end) = Find(tokens, stems, cue.Terms);
                if (at < 0 || (cue.NeedsPerson && !aboutSomeone))
                {
                    continue;
                }

                var found = cue.Level;
                if (found == WelfareLevel.Emergency && (Near(tokens, _negations, at - SoftenerWindow, at) || Near(tokens, _past, at - SoftenerWindow, end + SoftenerWindow)))
                {
                    found = WelfareLevel.Concern; // past or denied: still worth a family worker's look
                }

                if (found > level || (found == level && cue.Terms.Length > strength))
                {
                    level = found;
                    category = cue.Category;
                    strength = cue.Terms.Length;
                }
            }
        }

        return level == WelfareLevel.None ? WelfareSignal.None : new WelfareSignal(level, category);
    }

    /// <summary>True when one of the phrases lies within tokens [from, to).</summary>
    private static bool Near(List<string> tokens, List<string[]> phrases, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(tokens.Count, to);
        foreach (var softener in phrases)
        {
            for (var i = from; i + softener.Length <= to; i++)
            {
                var match = true;
                for (var k = 0; k < softener.Length && match; k++)
                {
                    match = tokens[i + k] == softener[k];
                }

                if (match)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Where the cue's words start and end, in order with at most two other words between each; -1 if absent.</summary>
    private static (int Start, int End) Find(List<string> tokens, List<string> stems, Term[] terms)
    {
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!terms[0].Matches(tokens[start], stems[start]))
            {
                continue;
            }

            var position = start;
            var matched = true;
            for (var k = 1; k < terms.Length && matched; k++)
            {
                matched = false;
                for (var next = position + 1; next <= position + 1 + MaxGap && next < tokens.Count; next++)
                {
                    if (terms[k].Matches(tokens[next], stems[next]))
                    {
                        position = next;
                        matched = true;
                        break;
                    }
                }
            }

            if (matched)
            {
                return (start, position + 1);
            }
        }

        return (-1, -1);
    }

    private sealed record Cue(Term[] Terms, WelfareLevel Level, string Category, bool NeedsPerson);

    // Arabic and Urdu attach articles and pronouns to words ("الانتحار"): compare stems as well.
    private static string Stem(string token) =>
        token.Length > 0 && TextNormaliser.IsArabicScript(token[0]) ? IntentClassifier.ArabicStem(token) : token;

    private readonly record struct Term(string Word, bool Prefix)
    {
        private readonly string _stem = Stem(Word);

        public bool Matches(string token, string stem) =>
            Prefix ? token.StartsWith(Word, StringComparison.Ordinal) : token == Word || stem == _stem;
    }
}

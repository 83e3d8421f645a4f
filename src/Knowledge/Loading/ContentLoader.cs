using System.Globalization;
using FamilyServices.Knowledge.Answers;
using YamlDotNet.RepresentationModel;

namespace FamilyServices.Knowledge.Loading;

/// <summary>
/// Reads the content folder: shared files at the top (intents, national facts, establishments) and one folder per
/// language. A language is any folder with a language.yaml, so adding one needs no code.
/// </summary>
internal sealed class ContentLoader(string root)
{
    public const string SourceLanguage = "en";

    private static readonly Dictionary<string, DayOfWeek> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["fri"] = DayOfWeek.Friday, ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    };

    public IReadOnlyList<IntentDefinition> ReadIntents(out Dictionary<string, int> lines)
    {
        var file = YamlFile.Read(root, Path.Combine(root, "intents.yaml"));
        var result = new List<IntentDefinition>();
        lines = [];
        foreach (var (id, node, line) in file.Entries(file.Mapping(file.Root, "intents.yaml")))
        {
            var map = file.Mapping(node, id);
            var use = file.OptionalString(map, "establishment") ?? "none";
            var establishment = use switch
            {
                "required" => EstablishmentUse.Required,
                "optional" => EstablishmentUse.Optional,
                "none" => EstablishmentUse.None,
                _ => throw file.Error(map, $"establishment should be required, optional or none, not '{use}'"),
            };
            var needs = file.Optional(map, "needs") is { } n ? file.Strings(n, "needs") : [];
            result.Add(new IntentDefinition(id, establishment, needs, file.RequiredString(map, "source"), Date(file, map, "reviewed")));
            lines[id] = line;
        }

        return result;
    }

    public (Dictionary<string, Fact> Facts, DateOnly Reviewed) ReadNational()
    {
        var file = YamlFile.Read(root, Path.Combine(root, "national.yaml"));
        var map = file.Mapping(file.Root, "national.yaml");
        return (ReadFacts(file, file.Mapping(file.Required(map, "facts"), "facts")), Date(file, map, "reviewed"));
    }

    public IReadOnlyList<EstablishmentInfo> ReadEstablishments(IReadOnlyDictionary<string, Fact> national)
    {
        var folder = Path.Combine(root, "establishments");
        var result = new List<EstablishmentInfo>();
        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var file = YamlFile.Read(root, path);
            var map = file.Mapping(file.Root, file.RelativePath);
            var facts = ReadFacts(file, file.Mapping(file.Required(map, "facts"), "facts"));
            foreach (var name in facts.Keys.Where(national.ContainsKey))
            {
                throw file.Error(map, $"fact '{name}' is also a national fact: give it another name");
            }

            // The national online service is the booking route where a prison's own line is not known.
            if (national.TryGetValue("online_booking", out var online))
            {
                facts.TryAdd("online_booking", online);
            }

            result.Add(new EstablishmentInfo(
                file.RequiredString(map, "id"),
                file.RequiredString(map, "name"),
                file.Strings(file.Required(map, "aliases"), "aliases"),
                facts,
                Date(file, map, "reviewed")));
        }

        return result;
    }

    private static Dictionary<string, Fact> ReadFacts(YamlFile file, YamlMappingNode facts)
    {
        var result = new Dictionary<string, Fact>(StringComparer.Ordinal);
        foreach (var (name, node, _) in file.Entries(facts))
        {
            var map = file.Mapping(node, name);
            var source = file.RequiredString(map, "source");
            object value = file.Required(map, "value") switch
            {
                YamlScalarNode s when s.Value is "true" or "yes" => true,
                YamlScalarNode s => s.Value ?? "",
                YamlSequenceNode seq when seq.Children.Count > 0 && seq.Children[0] is YamlMappingNode =>
                    seq.Children.Select(c => ReadSession(file, file.Mapping(c, name))).ToList(),
                YamlSequenceNode seq => seq.Children.Select(c => file.Scalar(c, name)).ToList(),
                YamlMappingNode days when file.Optional(days, "start") is null && file.Optional(days, "days") is { } d => new DayList(Days(file, days, d)),
                YamlMappingNode times => new List<Session> { new([], Time(file, times, "start"), Time(file, times, "end")) },
                var other => throw file.Error(other, $"fact '{name}' should be a value, a list or a list of sessions"),
            };
            result[name] = new Fact(name, value, source);
        }

        return result;
    }

    private static Session ReadSession(YamlFile file, YamlMappingNode map)
    {
        return new Session(Days(file, map, file.Required(map, "days")), Time(file, map, "start"), Time(file, map, "end"));
    }

    private static List<DayOfWeek> Days(YamlFile file, YamlMappingNode map, YamlNode days) =>
        file.Strings(days, "days")
            .Select(d => DayNames.TryGetValue(d, out var day) ? day : throw file.Error(map, $"'{d}' is not a day (mon, tue, ... sun)"))
            .ToList();

    private static TimeOnly Time(YamlFile file, YamlMappingNode map, string key)
    {
        var text = file.RequiredString(map, key);
        return TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : throw file.Error(file.Required(map, key), $"{key} '{text}' should be a 24-hour time like 13:45");
    }

    private static DateOnly Date(YamlFile file, YamlMappingNode map, string key)
    {
        var text = file.RequiredString(map, key);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw file.Error(file.Required(map, key), $"{key} '{text}' should be a date like 2026-11-22");
    }

    public IReadOnlyList<string> LanguageCodes()
    {
        var codes = Directory.GetDirectories(root)
            .Where(d => File.Exists(Path.Combine(d, "language.yaml")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .ToList();
        // English is the source every translation is checked against, so it comes first.
        return codes.OrderBy(c => c == SourceLanguage ? 0 : 1).ThenBy(c => Order(c)).ThenBy(c => c, StringComparer.Ordinal).ToList();

        int Order(string code)
        {
            var file = YamlFile.Read(root, Path.Combine(root, code, "language.yaml"));
            return int.TryParse(file.OptionalString(file.Mapping(file.Root, "language.yaml"), "order"), out var o) ? o : 1000;
        }
    }

    public LanguageProfile ReadLanguage(string code)
    {
        var file = YamlFile.Read(root, Path.Combine(root, code, "language.yaml"));
        var map = file.Mapping(file.Root, "language.yaml");
        var days = file.Strings(file.Required(map, "days"), "days");
        var daysShort = file.Strings(file.Required(map, "days_short"), "days_short");
        if (days.Count != 7 || daysShort.Count != 7)
        {
            throw file.Error(map, "days and days_short should each list seven days, Monday first");
        }

        var direction = file.RequiredString(map, "direction");
        if (direction is not ("ltr" or "rtl"))
        {
            throw file.Error(map, "direction should be ltr or rtl");
        }

        var textSpeak = new Dictionary<string, string>(StringComparer.Ordinal);
        // Text-speak and synonyms are both rewritten to the words the example phrasings use.
        foreach (var section in new[] { "text_speak", "synonyms" })
        {
            if (file.Optional(map, section) is { } ts)
            {
                foreach (var (key, value, _) in file.Entries(file.Mapping(ts, section)))
                {
                    textSpeak[key] = file.Scalar(value, key);
                }
            }
        }

        return new LanguageProfile(
            code,
            file.RequiredString(map, "name"),
            file.RequiredString(map, "english_name"),
            direction == "rtl",
            days,
            daysShort,
            file.RequiredString(map, "every_day"),
            file.RequiredString(map, "day_range"),
            file.RequiredString(map, "time_range"),
            file.RequiredString(map, "and"),
            file.RequiredString(map, "time_format"),
            file.RequiredString(map, "whole_hour_format"),
            file.OptionalString(map, "am") ?? "",
            file.OptionalString(map, "pm") ?? "",
            file.Optional(map, "switch_words") is { } sw ? file.Strings(sw, "switch_words") : [],
            textSpeak,
            file.Optional(map, "stopwords") is { } st ? file.Strings(st, "stopwords") : [],
            (file.OptionalString(map, "script") ?? "latin") == "arabic",
            file.OptionalString(map, "letters") ?? "",
            file.Optional(map, "prefixes") is { } px ? file.Strings(px, "prefixes") : [],
            file.OptionalString(map, "romanised_digits") ?? "",
            ReadRomanised(file, map),
            file.Optional(map, "borrowed_by_english") is { } borrowed ? file.Strings(borrowed, "borrowed_by_english") : []);
    }

    private static RomanisedSpelling? ReadRomanised(YamlFile file, YamlMappingNode map)
    {
        if (file.Optional(map, "romanised_letters") is not { } table)
        {
            return null;
        }

        var letters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, value, _) in file.Entries(file.Mapping(table, "romanised_letters")))
        {
            // "th: ث ذ": the script letters a group may stand for, most likely first.
            letters[key.ToLowerInvariant()] = file.Scalar(value, key).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }

        var spelling = file.Optional(map, "romanised_spelling") is { } node ? file.Mapping(node, "romanised_spelling") : new YamlMappingNode();
        IReadOnlyList<string> List(string key) => file.Optional(spelling, key) is { } n ? file.Strings(n, key) : [];
        return new RomanisedSpelling(
            letters,
            List("alike"),
            file.OptionalString(spelling, "silent") ?? "",
            file.OptionalString(spelling, "vowels") ?? "",
            file.OptionalString(spelling, "consonants_at_start") ?? "",
            file.OptionalString(spelling, "silent_at_end") ?? "",
            List("prefixes"),
            file.Optional(spelling, "little_words") is { } little
                ? file.Entries(file.Mapping(little, "little_words")).ToDictionary(e => e.Key, e => file.Scalar(e.Value, e.Key), StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal),
            List("suffixes"),
            List("negating_suffixes"),
            file.OptionalString(spelling, "negation") ?? "");
    }

    public (Dictionary<string, string> Texts, Dictionary<string, int> Lines, string File) ReadTexts(string code)
    {
        var file = YamlFile.Read(root, Path.Combine(root, code, "ui.yaml"));
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value, line) in file.Entries(file.Mapping(file.Root, "ui.yaml")))
        {
            texts[key] = file.Scalar(value, key);
            lines[key] = line;
        }

        return (texts, lines, file.RelativePath);
    }

    public (Dictionary<string, AnswerTemplate> Templates, string File) ReadAnswers(string code)
    {
        var file = YamlFile.Read(root, Path.Combine(root, code, "answers.yaml"));
        var result = new Dictionary<string, AnswerTemplate>(StringComparer.Ordinal);
        foreach (var (intent, node, line) in file.Entries(file.Mapping(file.Root, "answers.yaml")))
        {
            var map = file.Mapping(node, intent);
            result[intent] = new AnswerTemplate(
                intent,
                file.RequiredString(map, "label"),
                Lines(file, file.Required(map, "short")),
                Lines(file, file.Required(map, "full")),
                line);
        }

        return (result, file.RelativePath);
    }

    private static List<AnswerLine> Lines(YamlFile file, YamlNode node) => node switch
    {
        YamlScalarNode s => [new AnswerLine([new Template(s.Value ?? "", YamlFile.Line(s))])],
        YamlSequenceNode seq => seq.Children.Select(c => c switch
        {
            YamlScalarNode s => new AnswerLine([new Template(s.Value ?? "", YamlFile.Line(s))]),
            YamlSequenceNode alternatives => new AnswerLine(alternatives.Children
                .Select(a => new Template(file.Scalar(a, "an alternative"), YamlFile.Line(a))).ToList()),
            _ => throw file.Error(c, "an answer line should be text or a list of alternatives"),
        }).ToList(),
        _ => throw file.Error(node, "an answer should be text or a list of lines"),
    };

    public (LanguageRouting Routing, Dictionary<string, int> ExampleLines, string ExamplesFile) ReadRouting(string code)
    {
        var examplesFile = YamlFile.Read(root, Path.Combine(root, code, "examples.yaml"));
        var examples = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (intent, node, line) in examplesFile.Entries(examplesFile.Mapping(examplesFile.Root, "examples.yaml")))
        {
            examples[intent] = examplesFile.Strings(node, intent);
            lines[intent] = line;
        }

        var welfareFile = YamlFile.Read(root, Path.Combine(root, code, "welfare.yaml"));
        var welfare = welfareFile.Mapping(welfareFile.Root, "welfare.yaml");
        var cues = new List<WelfareCue>();
        foreach (var (levelName, level) in new[] { ("emergency", WelfareLevel.Emergency), ("concern", WelfareLevel.Concern) })
        {
            if (welfareFile.Optional(welfare, levelName) is not { } levelNode)
            {
                throw welfareFile.Error(welfare, $"'{levelName}' is missing");
            }

            foreach (var (category, phrases, _) in welfareFile.Entries(welfareFile.Mapping(levelNode, levelName)))
            {
                cues.AddRange(welfareFile.Strings(phrases, category).Select(p => new WelfareCue(p, level, category)));
            }
        }

        // "vague" cues are a concern only in a message about a person; "vague_emergency" cues ("got a rope", "said
        // goodbye forever") are a risk to life only in a message about a person.
        foreach (var (section, level) in new[] { ("vague", WelfareLevel.Concern), ("vague_emergency", WelfareLevel.Emergency) })
        {
            if (welfareFile.Optional(welfare, section) is { } vague)
            {
                foreach (var (category, phrases, _) in welfareFile.Entries(welfareFile.Mapping(vague, section)))
                {
                    cues.AddRange(welfareFile.Strings(phrases, category).Select(p => new WelfareCue(p, level, category, Vague: true)));
                }
            }
        }

        // Words that make a worry immediate ("right now", "tonight"): with a cue of violence or self-harm, a risk to life.
        if (welfareFile.Optional(welfare, "urgent") is { } urgent)
        {
            cues.AddRange(welfareFile.Strings(urgent, "urgent").Select(p => new WelfareCue(p, WelfareLevel.None, "urgent")));
        }

        var negations = welfareFile.Optional(welfare, "negations") is { } ng ? welfareFile.Strings(ng, "negations") : [];
        var past = welfareFile.Optional(welfare, "past") is { } pa ? welfareFile.Strings(pa, "past") : [];
        var people = welfareFile.Optional(welfare, "people") is { } pe ? welfareFile.Strings(pe, "people") : [];
        var asking = welfareFile.Optional(welfare, "asking") is { } ak ? welfareFile.Strings(ak, "asking") : [];
        var ordinary = welfareFile.Optional(welfare, "ordinary") is { } od ? welfareFile.Strings(od, "ordinary") : [];
        var wellNow = welfareFile.Optional(welfare, "well_now") is { } wn ? welfareFile.Strings(wn, "well_now") : [];
        var recent = welfareFile.Optional(welfare, "recent") is { } rc ? welfareFile.Strings(rc, "recent") : [];
        var questions = welfareFile.Optional(welfare, "questions") is { } qu ? welfareFile.Strings(qu, "questions") : [];
        var conditions = welfareFile.Optional(welfare, "conditions") is { } co ? welfareFile.Strings(co, "conditions") : [];
        var concepts = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (welfareFile.Optional(welfare, "concepts") is { } conceptNode)
        {
            foreach (var (concept, words, _) in welfareFile.Entries(welfareFile.Mapping(conceptNode, "concepts")))
            {
                concepts[concept] = welfareFile.Strings(words, concept);
            }
        }

        var (rules, standing) = ReadWelfareRules();
        if (rules.SelectMany(r => r.Concepts).FirstOrDefault(c => !concepts.ContainsKey(c)) is { } missing)
        {
            throw welfareFile.Error(welfare, $"concept '{missing}' used in welfare-rules.yaml has no words in this language");
        }

        var routing = new LanguageRouting(code, examples, cues, negations, past, people) { Concepts = concepts, Rules = rules, Standing = standing, Asking = asking, Ordinary = ordinary, WellNow = wellNow, Recent = recent, Questions = questions, Conditions = conditions };
        return (routing, lines, examplesFile.RelativePath);
    }

    private (List<WelfareRule>, StandingRisk)? _rules;

    /// <summary>
    /// welfare-rules.yaml: per level and topic, concepts joined by "+" that together signal a worry; and the concepts of
    /// a risk that stands once told.
    /// </summary>
    private (List<WelfareRule> Rules, StandingRisk Standing) ReadWelfareRules()
    {
        if (_rules is { } read)
        {
            return read;
        }

        var file = YamlFile.Read(root, Path.Combine(root, "welfare-rules.yaml"));
        var map = file.Mapping(file.Root, "welfare-rules.yaml");
        var rules = new List<WelfareRule>();
        foreach (var (levelName, level) in new[] { ("emergency", WelfareLevel.Emergency), ("concern", WelfareLevel.Concern) })
        {
            foreach (var (category, lines, _) in file.Entries(file.Mapping(file.Required(map, levelName), levelName)))
            {
                rules.AddRange(file.Strings(lines, category).Select(l =>
                    new WelfareRule(l.Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), level, category)));
            }
        }

        // Messages the risk words would take for a worry that ask for something else ("he rings me with threats, block
        // him"): their rules name the intent that answers them, at no level.
        if (file.Optional(map, "instead") is { } instead)
        {
            foreach (var (intent, lines, _) in file.Entries(file.Mapping(instead, "instead")))
            {
                rules.AddRange(file.Strings(lines, intent).Select(l =>
                    new WelfareRule(l.Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), WelfareLevel.None, intent)));
            }
        }

        var standing = new StandingRisk(Concepts("alone"), Concepts("in-rules"));
        return (_rules = (rules, standing)).Value;

        HashSet<string> Concepts(string key)
        {
            if (file.Optional(map, "standing") is not { } node || file.Optional(file.Mapping(node, "standing"), key) is not { } list)
            {
                return [];
            }

            var names = file.Strings(list, key).ToHashSet(StringComparer.Ordinal);
            if (names.FirstOrDefault(c => !rules.Any(r => r.Level == WelfareLevel.Emergency && r.Concepts.Contains(c))) is { } unused)
            {
                throw file.Error(list, $"'{unused}' under 'standing' is in no rule of a risk to life");
            }

            return names;
        }
    }
}

using System.Text.RegularExpressions;
using FamilyServices.Bot.Conversations;
using YamlDotNet.RepresentationModel;

namespace FamilyServices.Bot.Tests.Conversations;

/// <summary>
/// The real English content and router, plus our UI texts in every language from the content files,
/// and a router scripted per test for phrases in languages whose answers and examples are not
/// written yet (as CoreBot's dialog tests script their recogniser). Unscripted messages go to the
/// real router but never change the conversation's language.
/// </summary>
public sealed partial class ScriptedKnowledge : IAssistantKnowledge
{
    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> UiTexts = new(LoadUiTexts);

    private static readonly Dictionary<string, (string Name, string[] Switch)> Names = new()
    {
        ["en"] = ("English", ["english"]),
        ["cy"] = ("Cymraeg", ["cymraeg", "welsh"]),
        ["pl"] = ("Polski", ["polski", "po polsku", "polish"]),
        ["ro"] = ("Română", ["romana", "romanian", "in romana"]),
        ["ar"] = ("العربية", ["عربي", "العربية", "arabic"]),
        ["ur"] = ("اردو", ["اردو", "urdu"]),
    };

    private readonly IAssistantKnowledge real = ConversationHarness.RealKnowledge();
    private readonly Dictionary<string, Routing> phrases = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Languages { get; } = ["en", "cy", "pl", "ro", "ar", "ur"];

    public IReadOnlyList<EstablishmentContact> Establishments => real.Establishments;

    public IReadOnlyDictionary<string, string> NationalFacts => real.NationalFacts;

    /// <summary>Scripts what the router says about a phrase.</summary>
    public ScriptedKnowledge Routes(string text, string language, string intent, Welfare welfare = Welfare.None, string? category = null, string? establishment = null)
    {
        phrases[text.Trim()] = new Routing(language, 0.95, intent, 0.9, null, false, establishment, welfare, category);
        return this;
    }

    public string Text(string language, string key, IReadOnlyDictionary<string, string>? values = null)
    {
        if (language == "en" || !UiTexts.Value.TryGetValue(language, out var texts))
        {
            return real.Text(language, key, values);
        }

        var text = texts.TryGetValue(key, out var found) ? found : throw new KeyNotFoundException($"no UI text '{key}' in {language}");
        return values is null ? text : Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
    }

    public string IntentLabel(string intent, string language) => (language == "en" ? "" : $"[{language}] ") + real.IntentLabel(intent, "en");

    public string LanguageName(string language) => Names[language].Name;

    public IReadOnlyList<string> LanguageSwitchWords(string language) => Names[language].Switch;

    public bool DependsOnEstablishment(string intent) => real.DependsOnEstablishment(intent);

    public AnswerText Answer(string intent, string language, string? establishmentId)
    {
        var answer = real.Answer(intent, "en", establishmentId);
        return language == "en" ? answer : new AnswerText($"[{language}] {answer.Short}", $"[{language}] {answer.Full}");
    }

    public Routing Route(string text, string? knownLanguage, string? knownEstablishmentId)
    {
        if (phrases.TryGetValue(text.Trim(), out var scripted))
        {
            return scripted;
        }

        var routed = real.Route(text, "en", knownEstablishmentId);
        return routed with { Language = knownLanguage ?? "en", LanguageConfidence = 0 };
    }

    private static Dictionary<string, Dictionary<string, string>> LoadUiTexts()
    {
        var result = new Dictionary<string, Dictionary<string, string>>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "Content")))
        {
            var file = Path.Combine(folder, "ui.yaml");
            if (!File.Exists(file))
            {
                continue;
            }

            var yaml = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                yaml.Load(reader);
            }

            var mapping = (YamlMappingNode)yaml.Documents[0].RootNode;
            result[Path.GetFileName(folder)] = mapping.Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value!);
        }

        return result;
    }

    [GeneratedRegex(@"\{([a-z][a-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}

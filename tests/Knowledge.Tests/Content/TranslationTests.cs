using System.Text.RegularExpressions;

namespace FamilyServices.Knowledge.Tests.Content;

/// <summary>Adding or changing content must never leave a family with a half-translated conversation.</summary>
public partial class TranslationTests
{
    private static KnowledgeBase K => Shared.Knowledge;

    [Fact]
    public void Every_UI_text_exists_in_every_language_with_the_same_placeholders()
    {
        var english = K.TextKeys("en").Order().ToList();
        Assert.Contains("welcome", english);
        Assert.Contains("did-you-mean", english);
        foreach (var language in K.Languages)
        {
            Assert.Equal(english, K.TextKeys(language).Order().ToList());
            foreach (var key in english)
            {
                Assert.Equal(Placeholders(K.Text("en", key)), Placeholders(K.Text(language, key)));
            }
        }
    }

    [Fact]
    public void UI_texts_fill_their_placeholders()
    {
        var values = new Dictionary<string, string> { ["first"] = "Visiting times", ["second"] = "Booking a visit" };
        Assert.Equal("Did you mean Visiting times or Booking a visit?", K.Text("en", "did-you-mean", values));
        Assert.Contains("Visiting times", K.Text("ar", "did-you-mean", values));
    }

    [Fact]
    public void Every_intent_has_at_least_fifteen_phrasings_in_every_language()
    {
        foreach (var routing in K.Routing)
        {
            foreach (var intent in K.Intents)
            {
                Assert.True(routing.Examples.TryGetValue(intent, out var examples), $"{routing.Language}: no examples for {intent}");
                Assert.True(examples!.Distinct().Count() >= 15, $"{routing.Language}/{intent}: {examples!.Distinct().Count()} distinct phrasings");
            }
        }
    }

    [Fact]
    public void Example_phrasings_are_not_copies_of_the_evaluation_file()
    {
        var devFile = FindUp(Path.Combine("shared", "eval", "dev.tsv"));
        if (devFile is null)
        {
            return; // the shared evaluation file lives outside the repository; nothing to compare on a clean clone
        }

        var dev = File.ReadLines(devFile).Skip(1).Select(l => l.Split('\t')[1].Trim().ToLowerInvariant().TrimEnd('?', '.')).ToHashSet();
        var copies = K.Routing.SelectMany(r => r.Examples.Values.SelectMany(v => v)).Where(e => dev.Contains(e.ToLowerInvariant().TrimEnd('?', '.'))).ToList();
        Assert.Empty(copies);
    }

    [Fact]
    public void A_missing_translation_fails_loading_with_the_file_and_line()
    {
        var root = Shared.CopyContent();
        var path = Path.Combine(root, "pl", "answers.yaml");
        var lines = File.ReadAllLines(path).ToList();
        var start = lines.FindIndex(l => l.StartsWith("dress-code:", StringComparison.Ordinal));
        var end = lines.FindIndex(start + 1, l => l.Length > 0 && !l.StartsWith(' ') && !l.StartsWith('#'));
        lines.RemoveRange(start, end - start);
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<ContentException>(() => KnowledgeBase.Load(root));
        Assert.Equal("pl/answers.yaml", error.File);
        Assert.Contains("dress-code", error.Message);
    }

    [Fact]
    public void A_missing_UI_text_fails_loading()
    {
        var root = Shared.CopyContent();
        var path = Path.Combine(root, "ro", "ui.yaml");
        File.WriteAllLines(path, File.ReadAllLines(path).Where(l => !l.StartsWith("did-you-mean:", StringComparison.Ordinal)));

        var error = Assert.Throws<ContentException>(() => KnowledgeBase.Load(root));
        Assert.Equal("ro/ui.yaml", error.File);
        Assert.Contains("did-you-mean", error.Message);
    }

    [Fact]
    public void A_placeholder_that_differs_from_English_fails_loading_at_its_line()
    {
        var root = Shared.CopyContent();
        var path = Path.Combine(root, "cy", "ui.yaml");
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.StartsWith("did-you-mean:", StringComparison.Ordinal));
        lines[index] = "did-you-mean: \"Ydych chi'n golygu {first} neu {ail}?\"";
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<ContentException>(() => KnowledgeBase.Load(root));
        Assert.Equal("cy/ui.yaml", error.File);
        Assert.Equal(index + 1, error.Line);
    }

    [Fact]
    public void An_unknown_fact_name_fails_loading_at_its_line()
    {
        var root = Shared.CopyContent();
        var path = Path.Combine(root, "en", "answers.yaml");
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.Contains("Visits at {establishment}: {visiting_sessions}", StringComparison.Ordinal));
        lines[index] = lines[index].Replace("{visiting_sessions}", "{visting_sessions}");
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<ContentException>(() => KnowledgeBase.Load(root));
        Assert.Equal("en/answers.yaml", error.File);
        Assert.Equal(index + 1, error.Line);
        Assert.Contains("visting_sessions", error.Message);
    }

    [Fact]
    public void A_welfare_rule_that_answers_with_an_unknown_intent_fails_loading()
    {
        var root = Shared.CopyContent();
        var path = Path.Combine(root, "welfare-rules.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("  unwanted-contact:", "  unwanted-contacts:"));

        var error = Assert.Throws<ContentException>(() => KnowledgeBase.Load(root));
        Assert.Equal("welfare-rules.yaml", error.File);
        Assert.Contains("unwanted-contacts", error.Message);
    }

    [Fact]
    public void A_misspelt_standing_concept_fails_loading_at_its_line()
    {
        // A typo here would quietly let "yesterday" soften a farewell again.
        var root = Shared.CopyContent();
        var path = Path.Combine(root, "welfare-rules.yaml");
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.TrimStart().StartsWith("alone:", StringComparison.Ordinal));
        lines[index] = lines[index].Replace("goodbye", "goodbey");
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<ContentException>(() => KnowledgeBase.Load(root));
        Assert.Equal("welfare-rules.yaml", error.File);
        Assert.Equal(index + 1, error.Line);
        Assert.Contains("goodbey", error.Message);
    }

    [Fact]
    public void A_translation_that_drops_a_fact_fails_loading()
    {
        var root = Shared.CopyContent();
        var path = Path.Combine(root, "ar", "answers.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("{email_cost}", "40"));

        var error = Assert.Throws<ContentException>(() => KnowledgeBase.Load(root));
        Assert.Equal("ar/answers.yaml", error.File);
        Assert.Contains("email_cost", error.Message);
    }

    [Fact]
    public void A_language_is_added_by_adding_its_folder()
    {
        var root = Shared.CopyContent();
        var source = Path.Combine(root, "en");
        var target = Path.Combine(root, "xx");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var language = Path.Combine(target, "language.yaml");
        File.WriteAllText(language, File.ReadAllText(language).Replace("name: English", "name: Test").Replace("direction: ltr", "direction: rtl"));

        var knowledge = KnowledgeBase.Load(root);
        Assert.Contains("xx", knowledge.Languages);
        Assert.True(knowledge.IsRightToLeft("xx"));
        Assert.Equal(knowledge.GetAnswer("letters", "en", "littlehey").Full, knowledge.GetAnswer("letters", "xx", "littlehey").Full);
    }

    private static List<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToList();

    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex Placeholder();
}

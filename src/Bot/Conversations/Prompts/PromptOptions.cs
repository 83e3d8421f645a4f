namespace FamilyServices.Bot.Conversations.Prompts;

/// <summary>
/// A question and how to ask it again. Texts are UI text keys, resolved in the family's language
/// each time it is asked, so a language change mid-form asks again in the new language.
/// </summary>
public sealed class PromptOptions
{
    public required string Key { get; set; }
    public Dictionary<string, string>? Values { get; set; }

    /// <summary>The hint given with a bad answer; each prompt kind has a default.</summary>
    public string? RetryKey { get; set; }

    public List<PromptChoice>? Choices { get; set; }

    /// <summary>"I don't know" or "skip" is an answer (the result is null).</summary>
    public bool AllowSkip { get; set; }

    /// <summary>A message that is not an answer ends the question and is treated as a new message ("Did this help?").</summary>
    public bool Optional { get; set; }

    public int? Min { get; set; }
    public int? Max { get; set; }
}

/// <summary>
/// A choice: its value and where its label comes from: "ui:key" (a UI text), "intent:id",
/// "establishment:id", "language:code" (the language's own name).
/// </summary>
public sealed record PromptChoice(string Value, string Label, string? SynonymsKey = null);

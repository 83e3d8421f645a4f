using System.Text.RegularExpressions;
using FamilyServices.Bot.Conversations.Recognisers;

namespace FamilyServices.Bot.Conversations.Prompts;

/// <summary>The prompt ids a step asks with.</summary>
public static class PromptIds
{
    public const string Text = "prompt-text";
    public const string Choice = "prompt-choice";
    public const string YesNo = "prompt-yes-no";
    public const string Number = "prompt-number";
    public const string Date = "prompt-date";
    public const string Phone = "prompt-phone";
    public const string PrisonNumber = "prompt-prison-number";
    public const string Email = "prompt-email";
}

/// <summary>Any words at all, in the family's own words.</summary>
public sealed class TextPrompt() : Prompt(PromptIds.Text, "retry-text")
{
    protected override object? Recognise(Turn turn, PromptOptions options, string text) =>
        text.Trim().Length >= (options.Min ?? 1) ? text.Trim() : null;
}

public sealed class ChoicePrompt() : Prompt(PromptIds.Choice, "retry-choice")
{
    protected override object? Recognise(Turn turn, PromptOptions options, string text)
    {
        var choices = (options.Choices ?? []).Select(c => ChoiceLabels.Option(turn, c)).ToList();
        return ChoiceRecogniser.Recognise(text, choices, turn.Vocabularies);
    }
}

public sealed class YesNoPrompt() : Prompt(PromptIds.YesNo, "retry-yes-no")
{
    protected override object? Recognise(Turn turn, PromptOptions options, string text) =>
        YesNoRecogniser.Recognise(text, turn.Vocabularies) is { } answer ? answer : null;
}

/// <summary>A whole number between Min and Max (a score of 1 to 5, as digits or words).</summary>
public sealed class NumberPrompt() : Prompt(PromptIds.Number, "retry-number")
{
    protected override object? Recognise(Turn turn, PromptOptions options, string text) =>
        NumberRecogniser.Recognise(text, turn.Vocabularies) is { } number && number >= (options.Min ?? int.MinValue) && number <= (options.Max ?? int.MaxValue)
            ? number
            : null;
}

/// <summary>A day that has happened: today or earlier, within the last year.</summary>
public sealed class DatePrompt() : Prompt(PromptIds.Date, "retry-date")
{
    protected override object? Recognise(Turn turn, PromptOptions options, string text) =>
        DateRecogniser.Recognise(text, turn.Today, turn.Vocabularies) is { } date && date <= turn.Today && date > turn.Today.AddYears(-1)
            ? date
            : null;
}

public sealed class PhonePrompt() : Prompt(PromptIds.Phone, "retry-phone")
{
    protected override object? Recognise(Turn turn, PromptOptions options, string text) => PhoneNumberRecogniser.Recognise(text);
}

public sealed class PrisonNumberPrompt() : Prompt(PromptIds.PrisonNumber, "retry-prison-number")
{
    protected override object? Recognise(Turn turn, PromptOptions options, string text) => PrisonNumberRecogniser.Recognise(text);

    /// <summary>"Do you know their prison number?" "No" means they do not.</summary>
    protected override bool IsSkip(Turn turn) =>
        base.IsSkip(turn) || YesNoRecogniser.Recognise(turn.Text, turn.Vocabularies) == false;
}

public sealed partial class EmailPrompt() : Prompt(PromptIds.Email, "retry-email")
{
    protected override object? Recognise(Turn turn, PromptOptions options, string text) =>
        Email().IsMatch(text.Trim()) ? text.Trim() : null;

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}

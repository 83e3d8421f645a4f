using FamilyServices.Bot.Conversations.Recognisers;

namespace FamilyServices.Bot.Conversations.Prompts;

/// <summary>
/// Asks a question and waits until the answer is recognised, modelled on Bot Framework's prompts:
/// a bad answer is asked again with a hint, and from the third one we offer help or a person.
/// </summary>
public abstract class Prompt(string id, string retryKey) : Dialog(id)
{
    public const int AttemptsBeforeHelp = 3;

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options)
    {
        var instance = dc.Active!;
        instance.Prompt = options as PromptOptions ?? throw new ArgumentException("A prompt needs PromptOptions.", nameof(options));
        instance.Attempts = 0;
        Ask(dc.Turn, instance.Prompt);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc)
    {
        var instance = dc.Active!;
        var options = instance.Prompt!;
        var turn = dc.Turn;
        if (options.AllowSkip && IsSkip(turn))
        {
            return await dc.EndDialogAsync(null);
        }

        if (Recognise(turn, options, turn.Text) is { } value)
        {
            return await dc.EndDialogAsync(value);
        }

        if (options.Optional)
        {
            turn.Unhandled = true;
            return await dc.EndDialogAsync(null);
        }

        instance.Attempts++;
        var hint = turn.TextOf(options.RetryKey ?? retryKey, Values(options));
        if (instance.Attempts >= AttemptsBeforeHelp)
        {
            hint += " " + turn.T("prompt-stuck");
        }

        turn.SayText(hint);
        Ask(turn, options);
        return DialogTurnResult.Waiting;
    }

    /// <summary>Something else was said on top of this question (help, a language change): ask it again.</summary>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result)
    {
        await RepromptAsync(dc);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc)
    {
        Ask(dc.Turn, dc.Active!.Prompt!);
        return Task.CompletedTask;
    }

    /// <summary>The answer as the step wants it, or null when it is not one.</summary>
    protected abstract object? Recognise(Turn turn, PromptOptions options, string text);

    protected virtual bool IsSkip(Turn turn)
    {
        var folded = Normaliser.Fold(turn.Text);
        return turn.Vocabularies.Any(v => v.Skip.Contains(folded));
    }

    private static Dictionary<string, string> Values(PromptOptions options)
    {
        var values = new Dictionary<string, string>(options.Values ?? []);
        values.TryAdd("min", (options.Min ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        values.TryAdd("max", (options.Max ?? 5).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return values;
    }

    private static void Ask(Turn turn, PromptOptions options)
    {
        var choices = options.Choices?.Select(c => new ReplyChoice(ChoiceLabels.Label(turn, c), c.Value)).ToList();
        turn.SayText(turn.TextOf(options.Key, options.Values), choices);
    }
}

/// <summary>Resolves where a choice's label comes from in the family's current language.</summary>
public static class ChoiceLabels
{
    public static string Label(Turn turn, PromptChoice choice)
    {
        var (kind, name) = choice.Label.IndexOf(':') is var at and > 0 ? (choice.Label[..at], choice.Label[(at + 1)..]) : ("", choice.Label);
        return kind switch
        {
            "ui" => turn.T(name),
            "intent" => turn.Knowledge.IntentLabel(name, turn.Language),
            "establishment" => turn.Establishment(name)?.Name ?? name,
            "language" => turn.Knowledge.LanguageName(name),
            _ => choice.Label,
        };
    }

    public static ChoiceOption Option(Turn turn, PromptChoice choice)
    {
        var synonyms = new List<string>();
        if (choice.SynonymsKey is { } key)
        {
            synonyms.AddRange(Split(turn.T(key)));
            if (turn.Language != "en")
            {
                synonyms.AddRange(Split(turn.Knowledge.Text("en", key)));
            }
        }

        if (choice.Label.StartsWith("establishment:", StringComparison.Ordinal) && turn.Establishment(choice.Value) is { } establishment)
        {
            synonyms.AddRange(establishment.Aliases);
        }

        if (choice.Label.StartsWith("language:", StringComparison.Ordinal))
        {
            synonyms.AddRange(turn.Knowledge.LanguageSwitchWords(choice.Value));
        }

        return new ChoiceOption(choice.Value, Label(turn, choice), synonyms);
    }

    private static string[] Split(string words) => words.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

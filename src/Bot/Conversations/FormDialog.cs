using FamilyServices.Bot.Conversations.Prompts;

namespace FamilyServices.Bot.Conversations;

/// <summary>
/// A waterfall over a form's state object, modelled on Bot Framework's WaterfallDialog: each step
/// gets the previous step's result (usually a prompt's answer) and asks the next question.
/// </summary>
public abstract class FormDialog<TForm>(string id) : Dialog(id) where TForm : class, new()
{
    private Func<FormStep<TForm>, Task<DialogTurnResult>>[]? steps;

    protected abstract IEnumerable<Func<FormStep<TForm>, Task<DialogTurnResult>>> Steps();

    /// <summary>Fills the new form from the options the dialog was begun with.</summary>
    protected virtual void Start(TForm form, object? options, Turn turn)
    {
    }

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options)
    {
        var form = new TForm();
        Start(form, options, dc.Turn);
        dc.SetForm(dc.Active!, form);
        return RunAsync(dc, 0, options);
    }

    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc) => RunAsync(dc, dc.Active!.Step + 1, dc.Turn.Text);

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result) => RunAsync(dc, dc.Active!.Step + 1, result);

    internal async Task<DialogTurnResult> RunAsync(DialogContext dc, int index, object? result)
    {
        steps ??= Steps().ToArray();
        if (index >= steps.Length)
        {
            return await dc.EndDialogAsync(result);
        }

        var instance = dc.Active!;
        instance.Step = index;
        return await steps[index](new FormStep<TForm>(dc, this, dc.Form<TForm>(instance), result, index));
    }
}

/// <summary>What a waterfall step sees, and how it moves the conversation on.</summary>
public sealed class FormStep<TForm>(DialogContext dc, FormDialog<TForm> dialog, TForm form, object? result, int index)
    where TForm : class, new()
{
    public DialogContext Dc { get; } = dc;
    public Turn Turn => Dc.Turn;
    public TForm Form { get; } = form;
    public object? Result { get; } = result;

    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options) => Dc.BeginDialogAsync(promptId, options);

    public Task<DialogTurnResult> PromptAsync(string promptId, string key, Action<PromptOptions>? configure = null)
    {
        var options = new PromptOptions { Key = key };
        configure?.Invoke(options);
        return Dc.BeginDialogAsync(promptId, options);
    }

    /// <summary>Skips to the next step, as if the family had answered with <paramref name="value"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? value = null) => dialog.RunAsync(Dc, index + 1, value);

    public Task<DialogTurnResult> EndAsync(object? value = null) => Dc.EndDialogAsync(value);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null) => Dc.BeginDialogAsync(dialogId, options);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null) => Dc.ReplaceDialogAsync(dialogId, options);
}

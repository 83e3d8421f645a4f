namespace FamilyServices.Bot.Conversations;

public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,
    /// <summary>A dialog asked something and waits for the next message.</summary>
    Waiting,
    Complete,
    Cancelled,
}

public readonly record struct DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static readonly DialogTurnResult Waiting = new(DialogTurnStatus.Waiting);
}

/// <summary>
/// A step of a conversation that can span turns, modelled on Bot Framework's Dialog: begun with
/// options, continued with each message, resumed when a dialog it started ends. Dialogs hold no
/// state themselves (one instance serves every conversation): state lives in the DialogInstance.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>The UI text key naming this form to the family ("your complaint"); null if not worth offering again.</summary>
    public virtual string? FormNameKey => null;

    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options);

    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc) => dc.EndDialogAsync();

    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result) => dc.EndDialogAsync(result);

    /// <summary>Ask again what this dialog is waiting for (after help, a language change, a pause).</summary>
    public virtual Task RepromptAsync(DialogContext dc) => Task.CompletedTask;
}

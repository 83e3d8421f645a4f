using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FamilyServices.Bot.Conversations;

/// <summary>The dialog stack of one conversation during one turn.</summary>
public sealed class DialogContext(DialogSet dialogs, ConversationState state, Turn turn)
{
    // Form objects read once per turn and written back once at its end, so steps can hand over to each other freely.
    private readonly ConditionalWeakTable<DialogInstance, object> forms = [];
    private readonly List<(DialogInstance Instance, object Form)> loaded = [];

    public ConversationState State { get; } = state;
    public Turn Turn { get; } = turn;
    public DialogSet Dialogs { get; } = dialogs;

    public DialogInstance? Active => State.Stack.Count > 0 ? State.Stack[^1] : null;

    public bool IsActive(string dialogId) => State.Stack.Any(d => d.Id == dialogId);

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null)
    {
        var dialog = Dialogs.Find(dialogId);
        State.Stack.Add(new DialogInstance { Id = dialogId });
        return await dialog.BeginAsync(this, options);
    }

    public async Task<DialogTurnResult> ContinueDialogAsync()
    {
        return Active is { } active ? await Dialogs.Find(active.Id).ContinueAsync(this) : new DialogTurnResult(DialogTurnStatus.Empty);
    }

    public async Task<DialogTurnResult> EndDialogAsync(object? result = null)
    {
        if (State.Stack.Count > 0)
        {
            State.Stack.RemoveAt(State.Stack.Count - 1);
        }

        return Active is { } parent
            ? await Dialogs.Find(parent.Id).ResumeAsync(this, result)
            : new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null)
    {
        if (State.Stack.Count > 0)
        {
            State.Stack.RemoveAt(State.Stack.Count - 1);
        }

        return await BeginDialogAsync(dialogId, options);
    }

    public DialogTurnResult CancelAll()
    {
        State.Stack.Clear();
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public async Task RepromptAsync()
    {
        if (Active is { } active)
        {
            await Dialogs.Find(active.Id).RepromptAsync(this);
        }
    }

    /// <summary>Puts the forms under way aside (for a welfare concern, or after a long pause) to offer them again later.</summary>
    public void SuspendForms()
    {
        if (State.Stack.Count == 0)
        {
            return;
        }

        // A question in passing ("Did this help?") is not worth offering again: only forms are kept.
        if (State.Stack.All(d => Dialogs.Find(d.Id).FormNameKey is null))
        {
            State.Stack.Clear();
            return;
        }

        State.Suspended = [.. State.Stack];
        // Kept for a day from when the family last wrote, not from when we noticed the pause.
        State.SuspendedAt = Turn.Conversation.LastActivityAt;
        State.Stack.Clear();
    }

    /// <summary>The name of the form put aside, for "Do you want to carry on with your complaint?".</summary>
    public string? SuspendedFormNameKey =>
        State.Suspended?.Select(d => Dialogs.Find(d.Id).FormNameKey).FirstOrDefault(k => k is not null);

    public TForm Form<TForm>(DialogInstance instance) where TForm : class, new()
    {
        if (forms.TryGetValue(instance, out var existing))
        {
            return (TForm)existing;
        }

        var form = instance.Form?.Deserialize<TForm>(ConversationState.Json) ?? new TForm();
        SetForm(instance, form);
        return form;
    }

    public void SetForm(DialogInstance instance, object form)
    {
        forms.AddOrUpdate(instance, form);
        loaded.Add((instance, form));
    }

    /// <summary>Writes every form read this turn back into its instance, before the state is saved.</summary>
    public void SaveForms()
    {
        foreach (var (instance, form) in loaded)
        {
            instance.Form = JsonSerializer.SerializeToNode(form, form.GetType(), ConversationState.Json);
        }
    }
}

/// <summary>Every dialog the assistant knows, by id.</summary>
public sealed class DialogSet(IEnumerable<Dialog> dialogs)
{
    private readonly Dictionary<string, Dialog> byId = dialogs.ToDictionary(d => d.Id);

    public Dialog Find(string id) =>
        byId.TryGetValue(id, out var dialog) ? dialog : throw new InvalidOperationException($"No dialog '{id}' is registered.");
}

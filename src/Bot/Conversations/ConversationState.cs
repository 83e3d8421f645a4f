using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using FamilyServices.Bot.Conversations.Prompts;

namespace FamilyServices.Bot.Conversations;

/// <summary>
/// Everything the engine remembers between turns, stored as JSON in Conversation.DialogState so a
/// restart or another instance carries on where the family left off.
/// </summary>
public sealed class ConversationState
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The dialogs under way, the one waiting for the family's answer last.</summary>
    public List<DialogInstance> Stack { get; set; } = [];

    /// <summary>A form put aside for a welfare concern or after a long pause, kept to offer again.</summary>
    public List<DialogInstance>? Suspended { get; set; }
    public DateTime? SuspendedAt { get; set; }

    public bool Greeted { get; set; }

    /// <summary>The family chose a language (or we remembered theirs), so we stop guessing it.</summary>
    public bool LanguageChosen { get; set; }

    /// <summary>Set at the first disclosure; we never offer the survey after a welfare concern.</summary>
    public bool WelfareRaised { get; set; }
    public Guid? WelfareEscalationId { get; set; }
    public bool EmergencyAdviceGiven { get; set; }
    public Guid? HandoverEscalationId { get; set; }

    public int AnswersGiven { get; set; }
    public bool SurveyOffered { get; set; }

    // The state a turn saved, kept with the very string it saved: the next turn on the same conversation row,
    // usually seconds later (SMS remembers the row), takes it instead of parsing the JSON again. Keyed by that
    // string's identity and removed by the turn that takes it, so a turn that fails half way through, having
    // changed the state, leaves nothing behind: the next one parses what was saved.
    private static readonly ConditionalWeakTable<string, ConversationState> Saved = [];

    public static ConversationState Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return new ConversationState();
        }
        if (Saved.TryGetValue(json, out var saved) && Saved.Remove(json))
        {
            return saved;
        }
        return JsonSerializer.Deserialize<ConversationState>(json, Json) ?? new ConversationState();
    }

    /// <summary>The JSON to save; the state must not change after it is written.</summary>
    public string Write()
    {
        var json = JsonSerializer.Serialize(this, Json);
        Saved.AddOrUpdate(json, this);
        return json;
    }
}

/// <summary>One dialog on the stack: where it is and what it has been told so far.</summary>
public sealed class DialogInstance
{
    public required string Id { get; set; }
    public int Step { get; set; }

    /// <summary>The form's state object (ComplaintForm, ...) as JSON.</summary>
    public JsonNode? Form { get; set; }

    /// <summary>For a prompt: what it asked, so it can ask again after a restart.</summary>
    public PromptOptions? Prompt { get; set; }
    public int Attempts { get; set; }
}

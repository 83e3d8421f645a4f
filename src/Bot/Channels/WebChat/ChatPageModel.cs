using System.Text.Json.Nodes;
using FamilyServices.Bot.Channels.Content;
using FamilyServices.Bot.Channels.DirectLine;
using FamilyServices.Bot.Conversations;

namespace FamilyServices.Bot.Channels.WebChat;

public sealed record ChatLine(string Id, bool FromFamily, string Text, string? Language);

/// <summary>What the web chat page shows: the transcript so far, the choices offered last, and the texts in the page language.</summary>
public sealed record ChatPageModel(
    string Language,
    IChannelTexts Texts,
    IReadOnlyList<ChatLine> Lines,
    IReadOnlyList<ReplyChoice> QuickReplies,
    long Watermark,
    string? Error)
{
    public string T(string key) => Texts.Get(Language, key);

    public string Direction => Texts.IsRightToLeft(Language) ? "rtl" : "ltr";

    public static ChatPageModel From(string language, IChannelTexts texts, IReadOnlyList<StoredActivity> activities, string? error)
    {
        var lines = new List<ChatLine>();
        IReadOnlyList<ReplyChoice> choices = [];
        foreach (var activity in activities.Where(a => a.Type == "message"))
        {
            var json = JsonNode.Parse(activity.Json)!.AsObject();
            var text = (string?)json["text"] ?? "";
            var fromFamily = (string?)json["from"]?["role"] != "bot";
            lines.Add(new ChatLine(activity.Id, fromFamily, text, (string?)json["locale"]));
            // Quick replies belong to the last message only, as in Web Chat.
            choices = fromFamily || json["suggestedActions"]?["actions"] is not JsonArray actions
                ? []
                : actions.OfType<JsonObject>().Select(a => new ReplyChoice((string?)a["title"] ?? "", (string?)a["value"] ?? "")).ToList();
        }
        return new ChatPageModel(language, texts, lines, choices, activities.Count > 0 ? activities[^1].Watermark : 0, error);
    }
}

using System.Text.Json.Nodes;
using FamilyServices.Bot.Channels.Content;
using FamilyServices.Bot.Channels.DirectLine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FamilyServices.Bot.Channels.WebChat;

/// <summary>
/// Our web chat page at "/": a server-rendered transcript and a form that works without JavaScript,
/// and the token endpoint its script uses, so the Direct Line secret never reaches a browser.
/// </summary>
public static class WebChatApi
{
    public const string TokenPath = "/api/webchat/token";

    public static IEndpointRouteBuilder MapWebChatApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", ShowAsync);
        // The form holds one message (at most DirectLine:MaxTextLength characters) and a language.
        var formLimit = new RequestSizeLimitAttribute(32 * 1024);
        routes.MapPost("/", SendAsync).DisableAntiforgery().WithMetadata(formLimit);
        routes.MapPost("/forget", Forget).DisableAntiforgery().WithMetadata(formLimit);
        routes.MapPost(TokenPath, IssueTokenAsync).DisableAntiforgery().RequireRateLimiting(ChannelRateLimits.NewConversations).WithMetadata(formLimit);
        return routes;
    }

    public sealed record PageToken(string ConversationId, string Token, int Expires_in, string Domain);

    private static async Task<RazorComponentResult<ChatPage>> ShowAsync(
        [FromQuery] string? lang, HttpContext context, WebChatSession session, IConversationTranscripts transcripts, IChannelTexts texts)
    {
        var language = session.Language(context, lang);
        var conversation = await session.FindAsync(context);
        var activities = conversation is null ? [] : await transcripts.ReadAfterAsync(conversation.ConversationId, 0, context.RequestAborted);
        // The transcript is personal: no shared cache may keep it.
        context.Response.Headers.CacheControl = "no-store";
        return Page(ChatPageModel.From(language, texts, activities, null));
    }

    private static async Task<Results<RedirectHttpResult, RazorComponentResult<ChatPage>, StatusCodeHttpResult>> SendAsync(
        HttpContext context, WebChatSession session, DirectLineConversations conversations, IConversationTranscripts transcripts, IChannelTexts texts)
    {
        if (WebChatSession.IsCrossSite(context.Request) || !context.Request.HasFormContentType)
        {
            return TypedResults.StatusCode(context.Request.HasFormContentType ? StatusCodes.Status403Forbidden : StatusCodes.Status415UnsupportedMediaType);
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var language = session.Language(context, form["lang"]);
        var text = (form["choice"].ToString() is { Length: > 0 } choice ? choice : form["text"].ToString()).Trim();
        context.Response.Headers.CacheControl = "no-store";
        if (text.Length == 0)
        {
            var existing = await session.FindAsync(context);
            var activities = existing is null ? [] : await transcripts.ReadAfterAsync(existing.ConversationId, 0, context.RequestAborted);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page(ChatPageModel.From(language, texts, activities, texts.Get(language, "webchat.empty_message")));
        }

        var conversation = await session.GetOrStartAsync(context);
        try
        {
            await conversations.PostAsync(conversation, new JsonObject
            {
                ["type"] = "message",
                ["text"] = text,
                ["locale"] = language,
                ["textFormat"] = "plain",
                ["from"] = new JsonObject { ["id"] = conversation.UserId },
            }, context.RequestAborted);
        }
        catch (ActivityRejectedException)
        {
            var activities = await transcripts.ReadAfterAsync(conversation.ConversationId, 0, context.RequestAborted);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page(ChatPageModel.From(language, texts, activities, texts.Get(language, "webchat.send_failed")));
        }
        // Post, redirect, get: a reload does not send the message twice.
        return TypedResults.Redirect($"/?lang={language}#latest");
    }

    /// <summary>Unlinks this browser from its conversation; the transcript stays for the family workers.</summary>
    private static async Task<Results<RedirectHttpResult, StatusCodeHttpResult>> Forget(HttpContext context, WebChatSession session)
    {
        if (WebChatSession.IsCrossSite(context.Request) || !context.Request.HasFormContentType)
        {
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var language = session.Language(context, form["lang"]);
        session.Forget(context);
        return TypedResults.Redirect($"/?lang={language}");
    }

    private static async Task<Results<Ok<PageToken>, StatusCodeHttpResult>> IssueTokenAsync(
        HttpContext context, WebChatSession session, DirectLineTokens tokens)
    {
        if (WebChatSession.IsCrossSite(context.Request))
        {
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }
        var conversation = await session.GetOrStartAsync(context);
        var (token, expiresIn) = tokens.Issue(conversation.ConversationId, conversation.UserId, TokenKind.Conversation);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new PageToken(conversation.ConversationId, token, expiresIn, DirectLineApi.BasePath));
    }

    private static RazorComponentResult<ChatPage> Page(ChatPageModel model) =>
        new(new Dictionary<string, object?> { [nameof(ChatPage.Model)] = model });
}

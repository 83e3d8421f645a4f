using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FamilyServices.Bot.Channels.DirectLine;

/// <summary>
/// Bot Framework Direct Line 3.0, the calls botframework-directlinejs makes, so Microsoft's Web Chat
/// works against us unchanged. Browsers hold only tokens bound to one conversation; the secret is for
/// our own server (tokens/generate) and is refused nowhere else but never needed by a page.
/// </summary>
public static class DirectLineApi
{
    public const string BasePath = "/v3/directline";
    public const string CorsPolicy = "DirectLine";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static RouteGroupBuilder MapDirectLineApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(BasePath)
            .RequireCors(CorsPolicy)
            .DisableAntiforgery()
            .WithMetadata(new SmallRequestBody());
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshTokenAsync);
        group.MapPost("/conversations", StartConversationAsync).RequireRateLimiting(ChannelRateLimits.NewConversations);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/upload", Upload);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStream.AcceptAsync);
        return group;
    }

    public sealed record Account(string? Id, string? Name);
    public sealed record StartRequest(Account? User, string? Locale);
    public sealed record Conversation(string ConversationId, string Token, int Expires_in, string? StreamUrl);
    public sealed record ResourceResponse(string Id);
    public sealed record ActivitySet(JsonArray Activities, string Watermark);

    private static async Task<Results<Ok<Conversation>, JsonHttpResult<DirectLineError>>> GenerateTokenAsync(
        HttpContext context, DirectLineTokens tokens, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        if (!tokens.IsSecret(Bearer(context)))
        {
            return Error(StatusCodes.Status403Forbidden, "Forbidden", "tokens/generate needs the Direct Line secret.");
        }
        var request = await ReadOptionalAsync<StartRequest>(context, cancellationToken);
        var conversation = await conversations.StartAsync(request?.User?.Id, cancellationToken);
        var (token, expiresIn) = tokens.Issue(conversation.ConversationId, conversation.UserId, TokenKind.Conversation);
        return TypedResults.Ok(new Conversation(conversation.ConversationId, token, expiresIn, null));
    }

    private static Results<Ok<Conversation>, JsonHttpResult<DirectLineError>> RefreshTokenAsync(HttpContext context, DirectLineTokens tokens)
    {
        var claims = tokens.Validate(Bearer(context), TokenKind.Conversation);
        if (claims is null)
        {
            return Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token is not valid or has expired.");
        }
        var (token, expiresIn) = tokens.Issue(claims.ConversationId, claims.UserId, TokenKind.Conversation);
        return TypedResults.Ok(new Conversation(claims.ConversationId, token, expiresIn, null));
    }

    private static async Task<Results<Created<Conversation>, Ok<Conversation>, JsonHttpResult<DirectLineError>>> StartConversationAsync(
        HttpContext context, DirectLineTokens tokens, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var credential = Bearer(context);
        if (tokens.IsSecret(credential))
        {
            var request = await ReadOptionalAsync<StartRequest>(context, cancellationToken);
            var started = await conversations.StartAsync(request?.User?.Id, cancellationToken);
            return TypedResults.Created($"{BasePath}/conversations/{started.ConversationId}", Describe(context, tokens, started, null));
        }
        // A token from tokens/generate (or our page's token endpoint) already names its conversation.
        var claims = tokens.Validate(credential, TokenKind.Conversation);
        if (claims is null)
        {
            return Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token is not valid or has expired.");
        }
        var existing = await conversations.FindAsync(claims.ConversationId, cancellationToken);
        return existing is null
            ? Error(StatusCodes.Status404NotFound, "BadArgument", "The conversation has ended.")
            : TypedResults.Ok(Describe(context, tokens, existing, null));
    }

    private static async Task<Results<Ok<Conversation>, JsonHttpResult<DirectLineError>>> ReconnectAsync(
        string conversationId, string? watermark, HttpContext context, DirectLineTokens tokens, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (conversation, error) = await AuthorizeAsync(context, conversationId, tokens, conversations, cancellationToken);
        return conversation is null ? error! : TypedResults.Ok(Describe(context, tokens, conversation, ParseWatermark(watermark)));
    }

    private static async Task<Results<Ok<ResourceResponse>, JsonHttpResult<DirectLineError>>> PostActivityAsync(
        string conversationId, HttpContext context, DirectLineTokens tokens, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (conversation, error) = await AuthorizeAsync(context, conversationId, tokens, conversations, cancellationToken);
        if (conversation is null)
        {
            return error!;
        }
        JsonObject? activity;
        try
        {
            // Decoded strictly first: JsonNode keeps strings as UTF-8 and would fail on invalid bytes only later, mid-turn.
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, cancellationToken);
            activity = JsonNode.Parse(StrictUtf8.GetString(body.GetBuffer(), 0, (int)body.Length)) as JsonObject;
        }
        catch (Exception e) when (e is JsonException or DecoderFallbackException)
        {
            activity = null;
        }
        if (activity is null)
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be an activity (a JSON object in UTF-8).");
        }
        try
        {
            return TypedResults.Ok(new ResourceResponse(await conversations.PostAsync(conversation, activity, cancellationToken)));
        }
        catch (ActivityRejectedException e)
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", e.Message);
        }
    }

    private static async Task<Results<Ok<ActivitySet>, JsonHttpResult<DirectLineError>>> GetActivitiesAsync(
        string conversationId, string? watermark, HttpContext context, DirectLineTokens tokens, DirectLineConversations conversations,
        IConversationTranscripts transcripts, CancellationToken cancellationToken)
    {
        var (conversation, error) = await AuthorizeAsync(context, conversationId, tokens, conversations, cancellationToken);
        if (conversation is null)
        {
            return error!;
        }
        var after = ParseWatermark(watermark) ?? 0;
        var activities = await transcripts.ReadAfterAsync(conversationId, after, cancellationToken);
        return TypedResults.Ok(new ActivitySet(ToArray(activities), (activities.Count > 0 ? activities[^1].Watermark : after).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static JsonHttpResult<DirectLineError> Upload() =>
        Error(StatusCodes.Status415UnsupportedMediaType, "BadArgument", "Attachments cannot be sent here. Please type your message instead.");

    public static JsonArray ToArray(IEnumerable<StoredActivity> activities) =>
        new([.. activities.Select(a => JsonNode.Parse(a.Json))]);

    public static long? ParseWatermark(string? watermark) =>
        long.TryParse(watermark, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var w) ? w : null;

    /// <summary>The conversation if the credential may use it: the secret, or a token bound to exactly this conversation.</summary>
    private static async Task<(ConversationRecord? Conversation, JsonHttpResult<DirectLineError>? Error)> AuthorizeAsync(
        HttpContext context, string conversationId, DirectLineTokens tokens, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var credential = Bearer(context);
        if (credential is null)
        {
            return (null, Error(StatusCodes.Status401Unauthorized, "Unauthorized", "A bearer token is required."));
        }
        if (!tokens.IsSecret(credential))
        {
            var claims = tokens.Validate(credential, TokenKind.Conversation);
            if (claims is null || claims.ConversationId != conversationId)
            {
                return (null, Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token is not valid for this conversation or has expired."));
            }
        }
        var conversation = await conversations.FindAsync(conversationId, cancellationToken);
        return conversation is null
            ? (null, Error(StatusCodes.Status404NotFound, "BadArgument", "The conversation has ended."))
            : (conversation, null);
    }

    private static Conversation Describe(HttpContext context, DirectLineTokens tokens, ConversationRecord conversation, long? watermark)
    {
        var (token, expiresIn) = tokens.Issue(conversation.ConversationId, conversation.UserId, TokenKind.Conversation);
        var (streamToken, _) = tokens.Issue(conversation.ConversationId, conversation.UserId, TokenKind.Stream);
        var request = context.Request;
        var scheme = request.IsHttps ? "wss" : "ws";
        var streamUrl = $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(conversation.ConversationId)}/stream?t={Uri.EscapeDataString(streamToken)}"
            + (watermark is null ? "" : "&watermark=" + watermark);
        return new Conversation(conversation.ConversationId, token, expiresIn, streamUrl);
    }

    private static string? Bearer(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }

    private static async Task<T?> ReadOptionalAsync<T>(HttpContext context, CancellationToken cancellationToken) where T : class
    {
        if (context.Request.ContentLength == 0 || !(context.Request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return null;
        }
        // Read to the end first: a body over the limit is refused (413) even when its first bytes are not JSON.
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, cancellationToken);
        try
        {
            return JsonSerializer.Deserialize<T>(body.GetBuffer().AsSpan(0, (int)body.Length), JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public sealed record DirectLineError(ErrorBody Error);
    public sealed record ErrorBody(string Code, string Message);

    private static JsonHttpResult<DirectLineError> Error(int status, string code, string message) =>
        TypedResults.Json(new DirectLineError(new ErrorBody(code, message)), statusCode: status);

    private sealed class SmallRequestBody : Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => 256 * 1024;
    }
}

using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FamilyServices.Bot.Channels.DirectLine;

/// <summary>
/// The WebSocket Web Chat reads everything from. On open it replays every activity after the
/// watermark in the streamUrl (all of them when there is none, including those stored before the
/// socket opened), then sends each new batch as {"activities":[…],"watermark":"…"}; an empty frame
/// now and then keeps an idle connection alive. What the client sends is read only to notice a close.
/// </summary>
public static class DirectLineStream
{
    public static async Task<Results<EmptyHttpResult, JsonHttpResult<DirectLineApi.DirectLineError>>> AcceptAsync(
        string conversationId,
        string? t,
        string? watermark,
        HttpContext context,
        DirectLineTokens tokens,
        IConversationTranscripts transcripts,
        IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime)
    {
        var claims = tokens.Validate(t, TokenKind.Stream);
        if (claims is null || claims.ConversationId != conversationId)
        {
            return TypedResults.Json(new DirectLineApi.DirectLineError(new("TokenExpired", "The stream URL is not valid or has expired.")), statusCode: StatusCodes.Status403Forbidden);
        }
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return TypedResults.Json(new DirectLineApi.DirectLineError(new("BadArgument", "This address only accepts WebSocket connections.")), statusCode: StatusCodes.Status400BadRequest);
        }
        if (await transcripts.FindAsync(conversationId, context.RequestAborted) is null)
        {
            return TypedResults.Json(new DirectLineApi.DirectLineError(new("BadArgument", "The conversation has ended.")), statusCode: StatusCodes.Status404NotFound);
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var appended = new SemaphoreSlim(0);
        using var subscription = transcripts.Subscribe(conversationId, () => appended.Release());
        var reading = ReadUntilClosedAsync(socket, closing);
        var sent = DirectLineApi.ParseWatermark(watermark) ?? 0;
        try
        {
            while (!closing.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                var activities = await transcripts.ReadAfterAsync(conversationId, sent, closing.Token);
                if (activities.Count > 0)
                {
                    sent = activities[^1].Watermark;
                    var frame = new JsonObject
                    {
                        ["activities"] = DirectLineApi.ToArray(activities),
                        ["watermark"] = sent.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    };
                    await SendAsync(socket, frame.ToJsonString(), closing.Token);
                    continue;
                }
                if (!await appended.WaitAsync(options.Value.KeepAliveInterval, closing.Token))
                {
                    await SendAsync(socket, "", closing.Token);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The family closed the page or lost signal; they will reconnect with their watermark.
        }
        finally
        {
            await closing.CancelAsync();
            await reading;
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                try
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                    await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                }
                catch (Exception e) when (e is OperationCanceledException or WebSocketException)
                {
                }
            }
        }
        return TypedResults.Empty;
    }

    private static Task SendAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task ReadUntilClosedAsync(WebSocket socket, CancellationTokenSource closing)
    {
        var buffer = new byte[1024];
        try
        {
            while (!closing.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, closing.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            await closing.CancelAsync();
        }
    }
}

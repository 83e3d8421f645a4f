using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;

namespace FamilyServices.Bot.Tests.Channels.DirectLine;

/// <summary>Makes the calls botframework-directlinejs makes, with the headers it sends.</summary>
public sealed class DirectLineClient(HttpClient http, TestServer server)
{
    public string Token { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string StreamUrl { get; set; } = "";

    public static async Task<DirectLineClient> StartAsync(BotApplication app, string? userId = null)
    {
        var client = new DirectLineClient(app.CreateClient(), app.Server);
        var generate = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate")
        {
            Content = JsonContent.Create(new { user = new { id = userId ?? "dl_test" } }),
        };
        generate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotApplication.DirectLineSecret);
        var generated = await ReadAsync(await client.Http.SendAsync(generate));
        client.Token = (string)generated["token"]!;
        var started = await ReadAsync(await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", new { user = new { id = userId ?? "dl_test" }, locale = "en-GB" }));
        client.ConversationId = (string)started["conversationId"]!;
        client.StreamUrl = (string)started["streamUrl"]!;
        Assert.Equal((string)generated["conversationId"]!, client.ConversationId);
        return client;
    }

    public HttpClient Http => http;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body is string raw ? new StringContent(raw, Encoding.UTF8, "application/json") : JsonContent.Create(body);
        }
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        request.Headers.Add("x-ms-bot-agent", "DirectLine/3.0 (directlinejs 0.15.5)");
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        return await http.SendAsync(request);
    }

    public async Task<string> PostMessageAsync(string text, string clientActivityId, string locale = "en-GB")
    {
        var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", new
        {
            type = "message",
            text,
            locale,
            textFormat = "plain",
            from = new { id = "dl_test", role = "user" },
            channelData = new { clientActivityID = clientActivityId, clientTimestamp = "2026-11-22T10:00:00.000Z" },
        });
        return (string)(await ReadAsync(response))["id"]!;
    }

    public async Task<(JsonArray Activities, string Watermark)> PollAsync(string? watermark = null)
    {
        var set = await ReadAsync(await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={watermark}"));
        return ((JsonArray)set["activities"]!, (string)set["watermark"]!);
    }

    public async Task<WebSocket> OpenStreamAsync()
    {
        var ws = server.CreateWebSocketClient();
        return await ws.ConnectAsync(new Uri(StreamUrl), CancellationToken.None);
    }

    /// <summary>The next non-empty frame, or null if none comes in time.</summary>
    public static async Task<JsonObject?> ReceiveFrameAsync(WebSocket socket, TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? TimeSpan.FromSeconds(5));
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, timeout.Token);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }
                if (message.Length > 0)
                {
                    return (JsonObject)JsonNode.Parse(message.ToArray())!;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return (JsonObject)JsonNode.Parse(body)!;
    }
}

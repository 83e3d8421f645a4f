using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FamilyServices.Bot.Channels.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyServices.EndToEnd.Tests.Channels;

/// <summary>
/// Microsoft's own botframework-webchat, unmodified, on a page of another origin pointed at our
/// Direct Line with a token our server generated: the proof that the protocol is right.
/// </summary>
[Collection(BrowserCollection.Name)]
public class BotFrameworkWebChatTests(Browser browser, LiveBot bot) : IAsyncLifetime
{
    private readonly List<WebChatTestPageServer> _servers = [];

    public async Task InitializeAsync() => await Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }
    }

    private async Task<(IPage Page, string ConversationId)> OpenWebChatAsync()
    {
        using var http = new HttpClient();
        var generate = new HttpRequestMessage(HttpMethod.Post, bot.BaseUrl + "/v3/directline/tokens/generate")
        {
            Content = JsonContent.Create(new { user = new { id = "e2e-user" } }),
        };
        generate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LiveBot.DirectLineSecret);
        var token = await (await http.SendAsync(generate)).Content.ReadFromJsonAsync<JsonElement>();

        var html = $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Web Chat against our Direct Line</title>
            <style>html, body, #webchat { height: 100%; margin: 0; }</style></head>
            <body>
            <div id="webchat" role="main"></div>
            <script>
              // Only watches the sockets Web Chat opens, so the test can drop one.
              window.sockets = [];
              const NativeWebSocket = window.WebSocket;
              window.WebSocket = class extends NativeWebSocket {
                constructor(url, protocols) { super(url, protocols); window.sockets.push(this); }
              };
            </script>
            <script src="/webchat.js"></script>
            <script>
              window.store = window.WebChat.createStore();
              window.directLine = window.WebChat.createDirectLine({ domain: "{{bot.BaseUrl}}/v3/directline", token: "{{token.GetProperty("token").GetString()}}" });
              window.WebChat.renderWebChat({ directLine: window.directLine, store: window.store, userID: "e2e-user", locale: "en-GB" }, document.getElementById("webchat"));
            </script>
            </body>
            </html>
            """;

        var server = await WebChatTestPageServer.StartAsync(html);
        _servers.Add(server);
        var context = await browser.Chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/");
        return (page, token.GetProperty("conversationId").GetString()!);
    }

    /// <summary>A message as Web Chat renders it in the transcript.</summary>
    private static ILocator Rendered(IPage page, string text) => page.Locator(".webchat__text-content", new() { HasTextString = text });

    private static ILocator SendBox(IPage page) => page.Locator("[data-id=webchat-sendbox-input]");

    private static async Task SayAsync(IPage page, string text)
    {
        await SendBox(page).FillAsync(text);
        await SendBox(page).PressAsync("Enter");
    }

    private static Task<string[]> UserActivityStatesAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => window.store.getState().activities.filter(a => a.from.role === 'user' && a.type === 'message').map(a => a.channelData.state)");

    private static Task<string[]> BotTextsAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => window.store.getState().activities.filter(a => a.from.role === 'bot' && a.type === 'message').map(a => a.text)");

    /// <summary>The value once it satisfies the condition, or the last one after ten seconds.</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> condition)
    {
        var value = await read();
        for (var i = 0; i < 100 && !condition(value); i++)
        {
            await Task.Delay(100);
            value = await read();
        }
        return value;
    }

    [BrowserFact]
    public async Task A_message_is_sent_without_send_failed_and_the_reply_renders()
    {
        var (page, _) = await OpenWebChatAsync();

        await SayAsync(page, "what ID do I need to visit?");

        await Expect(Rendered(page, EndToEndTurnHandler.IdAnswer["en"])).ToBeVisibleAsync();
        Assert.Equal(["sent"], await EventuallyAsync(() => UserActivityStatesAsync(page), s => s.All(x => x == "sent")));
        await Expect(page.GetByText("Send failed")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task A_suggested_action_is_clicked_and_answered()
    {
        var (page, _) = await OpenWebChatAsync();

        await SayAsync(page, "menu");
        await page.Locator(".webchat__suggested-actions__button", new() { HasTextString = "Visiting times" }).ClickAsync();

        await Expect(Rendered(page, "Visits are on Tuesday, Thursday and Saturday afternoons.")).ToBeVisibleAsync();
        Assert.Contains(bot.Turns.Received, m => m.Text == "Visiting times" && m.Channel == "webchat");
    }

    [BrowserFact]
    public async Task After_the_socket_drops_the_conversation_carries_on_and_no_message_is_lost()
    {
        var (page, conversationId) = await OpenWebChatAsync();
        await SayAsync(page, "first message");
        await Expect(Rendered(page, "echo: first message")).ToBeVisibleAsync();

        await page.EvaluateAsync("() => window.sockets[window.sockets.length - 1].close()");
        using (var scope = bot.Services.CreateScope())
        {
            // A family worker answers while the family's socket is down.
            await scope.ServiceProvider.GetRequiredService<DirectLineConversations>()
                .SendAsync(conversationId, new("This is Sam, a family worker. I have read your message.", [], "en"), default);
        }

        await Expect(Rendered(page, "This is Sam, a family worker. I have read your message.")).ToBeVisibleAsync(new() { Timeout = 45_000 });
        Assert.True(await page.EvaluateAsync<int>("() => window.sockets.length") >= 2, "Web Chat opened a new socket");

        await SayAsync(page, "second message");
        await Expect(Rendered(page, "echo: second message")).ToBeVisibleAsync();
        Assert.Equal(["sent", "sent"], await EventuallyAsync(() => UserActivityStatesAsync(page), s => s.All(x => x == "sent")));
        Assert.Equal(
            ["echo: first message", "This is Sam, a family worker. I have read your message.", "echo: second message"],
            await BotTextsAsync(page));
    }
}

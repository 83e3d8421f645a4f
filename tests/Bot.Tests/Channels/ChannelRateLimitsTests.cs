using System.Net;
using FamilyServices.Bot.Tests.Channels.DirectLine;

namespace FamilyServices.Bot.Tests.Channels;

public class ChannelRateLimitsTests
{
    [Fact]
    public async Task Too_many_new_conversations_or_messages_get_429_with_retry_after()
    {
        await using var app = new BotApplication();
        await using var limited = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Channels:RateLimits:NewConversationsPerMinute", "2");
            b.UseSetting("Channels:RateLimits:MessagesPerMinute", "3");
        });
        var http = limited.CreateClient();

        var tokens = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            tokens.Add(await http.PostAsync("/api/webchat/token", null));
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], tokens.Select(t => t.StatusCode));
        Assert.Equal("10", tokens[2].Headers.GetValues("Retry-After").Single());

        var client = new DirectLineClient(http, limited.Server) { };
        var token = System.Text.Json.JsonDocument.Parse(await tokens[0].Content.ReadAsStringAsync()).RootElement;
        client.Token = token.GetProperty("token").GetString()!;
        client.ConversationId = token.GetProperty("conversationId").GetString()!;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", new { type = "message", text = $"hello {i}" })).StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}

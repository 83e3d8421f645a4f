using System.Net;

namespace FamilyServices.Bot.Tests.Channels;

public class ChannelRateLimitsTests
{
    [Fact]
    public async Task Too_many_new_conversations_from_one_address_get_429_with_retry_after()
    {
        await using var app = new BotApplication();
        await using var limited = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Channels:RateLimits:NewConversationsPerMinute", "2");
        });
        var http = limited.CreateClient();

        var tokens = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            tokens.Add(await http.PostAsync("/api/webchat/token", null));
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], tokens.Select(t => t.StatusCode));
        Assert.Equal("10", tokens[2].Headers.GetValues("Retry-After").Single());
    }
}

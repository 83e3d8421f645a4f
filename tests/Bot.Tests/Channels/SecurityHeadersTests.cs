namespace FamilyServices.Bot.Tests.Channels;

public class SecurityHeadersTests
{
    [Fact]
    public async Task The_web_chat_page_runs_only_its_own_scripts_and_talks_only_to_its_own_server()
    {
        await using var app = new BotApplication();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
    }
}

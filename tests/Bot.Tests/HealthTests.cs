using System.Net;

using FamilyServices.Bot.Tests.Channels;

namespace FamilyServices.Bot.Tests;

public class HealthTests
{
    [Fact]
    public async Task The_assistant_reports_healthy_when_its_database_answers()
    {
        await using var app = new BotApplication();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

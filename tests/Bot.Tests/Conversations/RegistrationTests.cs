using FamilyServices.Bot.Conversations;
using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Bot.Tests.Conversations;

public class RegistrationTests
{
    [Fact]
    public async Task The_app_answers_a_family_through_the_engine_the_channels_call()
    {
        await using var app = new Channels.BotApplication { RealConversations = true };
        using var client = app.CreateClient();
        var engine = app.Services.GetRequiredService<ITurnHandler>();

        var result = await engine.HandleAsync(new IncomingMessage("sms", "+447700900321", "+447700900321", "what ID do I need to visit?", null, "SM-registration-1"), CancellationToken.None);

        Assert.Contains(result.Replies, r => r.Text.Contains("list A", StringComparison.OrdinalIgnoreCase));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        Assert.Equal(1, await db.Conversations.CountAsync());
    }
}

using FamilyServices.Bot.Tests.Channels;
using FamilyServices.Bot.Tests.Channels.Sms;
using FamilyServices.Casework.ContentReview;
using FamilyServices.Casework.Persistence;
using FamilyServices.Knowledge.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Bot.Tests.Conversations;

/// <summary>A correction saved by the staff console reaches the running assistant through the database, with no restart.</summary>
public class ContentEditsTests
{
    [Fact]
    public async Task A_visiting_time_changed_in_the_console_is_in_the_assistant_s_next_answer()
    {
        await using var app = new BotApplication
        {
            RealConversations = true,
            Settings = new Dictionary<string, string?> { ["Knowledge:RefreshSeconds"] = "0.2" },
        };
        var sms = new TwilioWebhook(app.CreateClient());
        var before = string.Join(" ", await sms.TextAsync("+447700900301", "visiting times at leicester"));
        Assert.Contains("1:45pm", before);

        // What the console saves when a Leicester worker changes the visiting sessions.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
            db.ContentEdits.Add(new ContentEdit
            {
                Kind = ContentChangeKind.Fact, EstablishmentId = "leicester", Key = "visiting_sessions", Value = "mon-sun 14:10-16:00",
                Source = "visits notice", ByUserId = "worker", ByName = "worker.leicester@demo.test", At = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        string after = "";
        for (var attempt = 0; attempt < 50 && !after.Contains("2:10pm"); attempt++)
        {
            await Task.Delay(100);
            after = string.Join(" ", await sms.TextAsync($"+4477009004{attempt:00}", "visiting times at leicester"));
        }

        Assert.Contains("2:10pm", after);
        Assert.DoesNotContain("1:45pm", after);
    }

    [Fact]
    public async Task An_edit_that_cannot_be_applied_leaves_the_assistant_answering_with_the_last_good_content()
    {
        await using var app = new BotApplication
        {
            RealConversations = true,
            Settings = new Dictionary<string, string?> { ["Knowledge:RefreshSeconds"] = "0.2" },
        };
        var sms = new TwilioWebhook(app.CreateClient());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Saved past the console's checks (say, two workers at once): the assistant must not break.
            var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
            db.ContentEdits.Add(new ContentEdit
            {
                Kind = ContentChangeKind.Fact, EstablishmentId = "leicester", Key = "visiting_sessions", Value = "mon 25:00-26:00",
                ByUserId = "worker", ByName = "worker", At = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        await app.Services.GetRequiredService<LiveContent>().RefreshAsync();

        Assert.Contains("1:45pm", string.Join(" ", await sms.TextAsync("+447700900302", "visiting times at leicester")));
    }
}

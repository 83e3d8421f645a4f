using FamilyServices.Bot.Tests.Conversations;
using FamilyServices.Casework.Surveys;

namespace FamilyServices.Bot.Tests.Dialogs;

public class YouSaidWeDidTests
{
    private static Task PublishAsync(ConversationHarness harness, string establishment, int year, int quarter, string youSaid, string weDid, DateTime publishedAt) =>
        harness.QueryAsync(async db =>
        {
            db.YouSaidWeDid.Add(new YouSaidWeDid
            {
                EstablishmentId = establishment, Year = year, Quarter = quarter, YouSaid = youSaid, WeDid = weDid, AuthorUserId = "manager", PublishedAt = publishedAt,
            });
            return await db.SaveChangesAsync();
        });

    [Fact]
    public async Task The_family_hears_the_latest_change_published_for_their_prison()
    {
        await using var harness = await ConversationHarness.StartAsync();
        await PublishAsync(harness, "leicester", 2026, 2, "The toys are old.", "New toys in the play area.", new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        await PublishAsync(harness, "leicester", 2026, 3, "There is nowhere to change a baby.", "A changing table is now in the visitor centre.", new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc));
        await PublishAsync(harness, "chelmsford", 2026, 4, "Queues at the gate.", "A second officer at the gate.", new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc));
        await harness.SayAsync("hello");

        Script.Check(await harness.SayAsync("what has changed because of feedback?"), new Line("what has changed because of feedback?", "Which prison"));
        var answer = await harness.SayAsync("leicester");

        Script.Check(answer, new Line("leicester", "HMP Leicester", "There is nowhere to change a baby.", "A changing table is now in the visitor centre.", "!New toys", "!second officer"));
        var intents = await harness.QueryAsync(db => Task.FromResult(db.ConversationMessages.Where(m => m.Intent != null).Select(m => m.Intent).ToList()));
        Assert.Contains("you-said-we-did", intents);
    }

    [Fact]
    public async Task With_nothing_published_the_family_hears_the_content_text()
    {
        await using var harness = await ConversationHarness.StartAsync();
        await PublishAsync(harness, "chelmsford", 2026, 3, "Queues at the gate.", "A second officer at the gate.", new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc));
        await harness.SayAsync("hello");
        await harness.SayAsync("you said we did");

        var answer = await harness.SayAsync("littlehey");

        var expected = ConversationHarness.RealKnowledge().Answer("you-said-we-did", "en", "littlehey").Full;
        Assert.Contains(answer.Replies, r => r.Text == expected);
        Script.Check(answer, new Line("littlehey", "Nothing new has been published for HMP Littlehey", "!second officer"));
    }

    [Fact]
    public async Task A_polish_family_hears_the_latest_change_in_polish_words_around_it()
    {
        await using var harness = await ConversationHarness.StartAsync();
        await PublishAsync(harness, "chelmsford", 2026, 3, "Queues at the gate.", "A second officer at the gate.", new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc));
        await harness.SayAsync("Dzień dobry");
        await harness.SayAsync("co się zmieniło dzięki opiniom");

        var answer = await harness.SayAsync("Chelmsford");

        Script.Check(answer, new Line("Chelmsford", "Rodziny powiedziały", "A second officer at the gate."));
    }
}

using System.Diagnostics;
using FamilyServices.Bot.Tests.Channels.Sms;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Outbox;
using FamilyServices.Casework.Persistence;
using FamilyServices.EndToEnd.Tests.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace FamilyServices.EndToEnd.Tests.Resilience;

/// <summary>
/// Families on both channels at once against the real bot, a process of its own on loopback with
/// its SQLite file and a fake Twilio. Under load every message is answered and every welfare
/// disclosure makes exactly one escalation; killed with SIGKILL mid-load and started again on the
/// same file, nothing that was answered or queued is lost, and no queued text goes out twice.
/// </summary>
public sealed class LoadAndCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string databaseFile = Path.Combine(Path.GetTempPath(), $"familyservices-crash-{Guid.NewGuid():N}.db");
    private FakeTwilioServer twilio = null!;
    private BotProcess bot = null!;
    private string logBeforeKill = "";

    public async Task InitializeAsync()
    {
        twilio = await FakeTwilioServer.StartAsync();
        bot = await BotProcess.StartAsync(databaseFile, twilio.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await twilio.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>Small enough for every CI run: 50 families, two messages each before the kill and two after.</summary>
    [Fact]
    public Task Killed_mid_conversation_and_restarted_the_bot_loses_no_answered_message_no_escalation_and_sends_each_queued_text_once() =>
        KillAndRestartAsync(families: 50);

    [LoadFact]
    [Trait("Category", "Load")]
    public Task Killed_under_500_conversations_and_restarted_the_bot_loses_nothing() =>
        KillAndRestartAsync(families: Families);

    [LoadFact]
    [Trait("Category", "Load")]
    public async Task Five_hundred_families_on_both_channels_are_all_answered_and_each_disclosure_is_escalated_once()
    {
        var load = new FamilyLoad(() => bot.BaseUrl, Families, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(6));
        using var sampler = new Timer(_ => bot.Sample(), null, 0, 200);
        using var stop = new CancellationTokenSource(Duration);

        await load.RunAsync(stop.Token, deadline: Duration + TimeSpan.FromSeconds(60));

        Report(load, $"{Families} families, {Duration.TotalSeconds:F0} s, next message 2 to 6 s after each reply");
        AssertEveryMessageAnswered(load);
        await AssertRecordedAsync(load);
    }

    private static readonly int Families = int.TryParse(Environment.GetEnvironmentVariable("LOAD_CONVERSATIONS"), out var n) ? n : 500;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("LOAD_SECONDS"), out var s) ? s : 30);

    /// <summary>
    /// Kills the bot once the families have had about two answers each, while texts are still
    /// arriving, and carries on for about two more each after the restart. Family workers' replies
    /// are queued before the load, during it, while the bot is down and after it is back.
    /// </summary>
    private async Task KillAndRestartAsync(int families)
    {
        var load = new FamilyLoad(() => bot.BaseUrl, families, TimeSpan.FromSeconds(0.3), TimeSpan.FromSeconds(1));
        var phase = TimeSpan.FromSeconds(Math.Max(20, families / 10));
        using var sampler = new Timer(_ => bot.Sample(), null, 0, 200);
        using var stop = new CancellationTokenSource();
        // Twilio takes its time to answer, so a kill can fall between a text being sent and the bot hearing so.
        twilio.AnswerDelay = TimeSpan.FromMilliseconds(150);
        var queued = new List<OutboxMessage>();
        await QueueWorkerRepliesAsync(queued, 20);

        var running = load.RunAsync(stop.Token, deadline: 6 * phase);
        await load.WhenAnsweredAsync(families, phase);
        await QueueWorkerRepliesAsync(queued, 20);
        await load.WhenAnsweredAsync(2 * families, phase);

        var peakBefore = bot.PeakMegabytes;
        var answeredBefore = load.AnsweredCount;
        await bot.KillAsync();
        logBeforeKill = bot.Log;
        var killedAt = Stopwatch.StartNew();
        await QueueWorkerRepliesAsync(queued, 20);
        await bot.DisposeAsync();
        bot = await BotProcess.StartAsync(databaseFile, twilio.BaseUrl);
        var downFor = killedAt.Elapsed;
        await QueueWorkerRepliesAsync(queued, 20);
        await load.WhenAnsweredAsync(answeredBefore + 2 * families, phase);
        await stop.CancelAsync();
        await running;

        Report(load, $"{families} families, SIGKILL after {answeredBefore} answers, down for {downFor.TotalSeconds:F1} s (restart included), {load.AnsweredCount - answeredBefore} answers after");
        output.WriteLine($"bot peak memory before the kill {peakBefore:F0} MB");
        // Faults the bot recovered from (a dialog that failed, a save retried) are no failure, but worth reading.
        var lines = (logBeforeKill + "\n" + bot.Log).Split('\n');
        var faults = lines.Select((line, i) => (line, i)).Where(l => l.line.StartsWith("fail:", StringComparison.Ordinal) || l.line.StartsWith("warn:", StringComparison.Ordinal))
            .Select(l => l.line.Trim() + " " + (l.i + 1 < lines.Length ? lines[l.i + 1].Trim() : ""));
        foreach (var fault in faults.Distinct().Take(10))
        {
            output.WriteLine("bot " + fault);
        }
        AssertEveryMessageAnswered(load);
        await AssertRecordedAsync(load);
        await AssertEachSentOnceAsync(queued);
    }

    private async Task QueueWorkerRepliesAsync(List<OutboxMessage> queued, int count)
    {
        await using var db = BotProcess.OpenDatabase(databaseFile);
        var now = DateTime.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var number = queued.Count + i;
            db.Outbox.Add(new OutboxMessage
            {
                Channel = Channel.Sms,
                To = "+4477111" + number.ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
                Body = $"A family worker's reply, number {number}.",
                Purpose = "worker-reply",
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }
        await db.SaveChangesAsync();
        queued.AddRange(db.ChangeTracker.Entries<OutboxMessage>().Select(e => e.Entity));
    }

    private void Report(FamilyLoad load, string run)
    {
        output.WriteLine(run + $", {Environment.ProcessorCount} cores");
        foreach (var channel in new[] { "sms", "webchat" })
        {
            var (count, p50, p99, max) = load.Latency(channel);
            output.WriteLine($"{channel,-8} {count,6} messages answered  p50 {p50,8:F1} ms  p99 {p99,8:F1} ms  max {max,8:F1} ms");
        }
        output.WriteLine($"disclosures answered {load.Families.Count(f => f.DisclosureAnswered)} of {load.Families.Count(f => f.Discloses)}; bot peak memory {bot.PeakMegabytes:F0} MB (this process)");
        foreach (var family in load.Families.Where(f => f.Errors.Count > 0).Take(5))
        {
            output.WriteLine($"family {family.Index} ({family.Channel}) retried after: {string.Join("; ", family.Errors.Distinct())}");
        }
    }

    private void AssertEveryMessageAnswered(FamilyLoad load)
    {
        var unanswered = load.Families.Where(f => f.Unanswered > 0).ToList();
        Assert.True(unanswered.Count == 0,
            $"{unanswered.Count} families had a message never answered, e.g. {string.Join(" | ", unanswered.Take(3).Select(f => $"{f.Channel} {f.Index}: {string.Join("; ", f.Errors.Distinct())}"))}\n{Tail(bot.Log)}");
        Assert.All(load.Families, f => Assert.NotEmpty(f.Answers));
    }

    /// <summary>Every answered message is in the database, and every answered disclosure made exactly one escalation.</summary>
    private async Task AssertRecordedAsync(FamilyLoad load)
    {
        await using var db = BotProcess.OpenDatabase(databaseFile);
        var recorded = (await db.ConversationMessages.Where(m => m.Author == MessageAuthor.Family && m.ChannelMessageId != null)
            .Select(m => m.ChannelMessageId!).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var receipts = (await db.SmsReceipts.Select(r => r.MessageSid).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var answered = load.Families.SelectMany(f => f.Answers.Select(a => (f.Channel, a.MessageId))).ToList();
        Assert.All(answered, a => Assert.Contains(a.MessageId, recorded));
        Assert.All(answered.Where(a => a.Channel == "sms"), a => Assert.Contains(a.MessageId, receipts));

        var conversations = await db.Conversations.ToDictionaryAsync(c => (c.Channel == Channel.Sms ? "sms" : "webchat", c.ExternalId), c => c.Id);
        var escalations = await db.Escalations.Where(e => e.Kind == EscalationKind.WelfareConcern).ToListAsync();
        foreach (var family in load.Families)
        {
            var id = conversations.GetValueOrDefault((family.Channel, family.ExternalId));
            var count = escalations.Count(e => e.ConversationId == id);
            if (family.DisclosureAnswered)
            {
                if (count != 1)
                {
                    // Only a failure reads the transcript and the logs: the message tells what the family heard and what the bot hit.
                    Assert.Fail($"{family.Channel} family {family.Index} disclosed once and has {count} escalations\n"
                        + await TranscriptAsync(db, id) + $"\nbefore the kill:\n{Tail(logBeforeKill)}\nafter:\n{Tail(bot.Log)}");
                }
            }
            else if (!family.Discloses)
            {
                Assert.True(count == 0, $"{family.Channel} family {family.Index} disclosed nothing and has {count} escalations");
            }
        }
        output.WriteLine($"database: {recorded.Count} family messages, {receipts.Count} SMS receipts, {escalations.Count} welfare escalations");
    }

    /// <summary>Every queued text reaches Twilio exactly once: none lost in the kill, none sent again after it.</summary>
    private async Task AssertEachSentOnceAsync(List<OutboxMessage> queued)
    {
        var ids = queued.Select(q => q.Id).ToList();
        var waited = Stopwatch.StartNew();
        int pending;
        do
        {
            await Task.Delay(250);
            await using var db = BotProcess.OpenDatabase(databaseFile);
            pending = await db.Outbox.CountAsync(m => ids.Contains(m.Id) && m.Status != OutboxStatus.Sent);
        }
        while (pending > 0 && waited.Elapsed < TimeSpan.FromSeconds(30));

        var sent = twilio.Requests.GroupBy(r => (r.Form.GetValueOrDefault("To"), r.Form.GetValueOrDefault("Body"))).ToDictionary(g => g.Key, g => g.Count());
        var counts = queued.Select(q => (q.To, Count: sent.GetValueOrDefault((q.To, q.Body)))).ToList();
        output.WriteLine($"outbox: {queued.Count} worker replies queued, {counts.Count(c => c.Count == 1)} sent once, {counts.Count(c => c.Count == 0)} never, {counts.Count(c => c.Count > 1)} more than once; Twilio asked {twilio.Lookups} times whether one had gone");
        Assert.Equal(0, pending);
        Assert.All(counts, c => Assert.True(c.Count == 1, $"the reply to {c.To} reached Twilio {c.Count} times"));
    }

    /// <summary>What the family and the assistant said, for a failure message.</summary>
    private static async Task<string> TranscriptAsync(CaseworkDbContext db, Guid conversationId) =>
        string.Join("\n", await db.ConversationMessages.Where(m => m.ConversationId == conversationId).OrderBy(m => m.SentAt)
            .Select(m => $"{m.SentAt:HH:mm:ss.fff} {m.Author} {m.ChannelMessageId} {m.Intent}: {m.Text}").ToListAsync());

    private static string Tail(string log) => log.Length <= 3000 ? log : log[^3000..];
}

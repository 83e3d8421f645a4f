using System.Net;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Outbox;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Tests.Pages.Triage;

public class DetailsTests
{
    private static string Url(Escalation e) => $"/Triage/Details/{e.Id}";

    private static string Handler(Escalation e, string handler) => $"/Triage/Details/{e.Id}?handler={handler}";

    [Fact]
    public async Task The_page_shows_the_transcript_and_what_the_assistant_told_the_family_and_the_view_is_audited()
    {
        await using var app = new ConsoleApplication();
        var (escalation, _) = await app.SmsEscalationAsync("leicester");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var page = await worker.PageAsync(Url(escalation));

        var transcript = page.QuerySelector(".app-transcript")!.TextContent;
        Assert.Contains("my brother is being threatened for money", transcript);
        Assert.Contains("A family worker will be in touch", transcript);
        Assert.Contains("The Safer Custody line", page.Body!.TextContent);
        Assert.Equal(1, await app.AuditCountAsync("viewed", escalation.Id));
    }

    [Fact]
    public async Task A_leicester_worker_gets_not_found_for_a_chelmsford_escalation_and_cannot_change_it()
    {
        await using var app = new ConsoleApplication();
        var chelmsford = await app.EscalationAsync("chelmsford");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        Assert.Equal(HttpStatusCode.NotFound, (await worker.Client.GetAsync(Url(chelmsford))).StatusCode);
        foreach (var handler in new[] { "Claim", "SaferCustody", "Reply", "Close", "Status", "Assign", "Link" })
        {
            var response = await worker.PostAsync(Handler(chelmsford, handler), new()
            {
                ["version"] = chelmsford.Version.ToString(), ["reply.Text"] = "hello", ["close.Reason"] = "done",
                ["change.Status"] = "InProgress", ["assign.AssigneeId"] = "x", ["link.CaseReference"] = "K-2026-000001",
            });
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{handler} answered {response.StatusCode}");
        }

        var unchanged = await app.WithDatabaseAsync(db => db.Escalations.SingleAsync(e => e.Id == chelmsford.Id));
        Assert.Equal(EscalationStatus.New, unchanged.Status);
        Assert.Null(unchanged.AssignedToUserId);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task Claiming_assigns_it_to_the_worker_acknowledges_it_stops_the_clock_and_is_audited()
    {
        await using var app = new ConsoleApplication();
        var escalation = await app.EscalationAsync("leicester", Severity.Emergency);
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var response = await worker.SubmitAsync(Url(escalation), Handler(escalation, "Claim"), []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var claimed = await app.WithDatabaseAsync(db => db.Escalations.SingleAsync(e => e.Id == escalation.Id));
        Assert.Equal(await app.StaffIdAsync("worker.leicester@demo.test"), claimed.AssignedToUserId);
        Assert.Equal(EscalationStatus.Acknowledged, claimed.Status);
        Assert.NotNull(claimed.AcknowledgedAt);
        Assert.Equal(1, await app.AuditCountAsync("claimed", escalation.Id));
        var page = await worker.PageAsync(Url(escalation));
        Assert.Contains("You have claimed this escalation", page.Body!.TextContent);
        Assert.Contains("Leicester family worker", page.Body.TextContent);
    }

    [Fact]
    public async Task A_change_made_on_an_out_of_date_page_is_refused_and_overwrites_nothing()
    {
        await using var app = new ConsoleApplication();
        var escalation = await app.EscalationAsync("leicester");
        using var first = await app.SignInAsync("worker.leicester@demo.test");
        using var second = await app.SignInAsync("manager@demo.test");
        var staleVersion = escalation.Version.ToString();

        Assert.Equal(HttpStatusCode.Redirect, (await second.SubmitAsync(Url(escalation), Handler(escalation, "Claim"), [])).StatusCode);
        var response = await first.PostAsync(Handler(escalation, "Close"), new() { ["version"] = staleVersion, ["close.Reason"] = "Family no longer worried" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ConsoleBrowser.ParseAsync(response);
        Assert.Contains("Someone else changed this escalation", page.QuerySelector(".govuk-error-summary")!.TextContent);
        var saved = await app.WithDatabaseAsync(db => db.Escalations.SingleAsync(e => e.Id == escalation.Id));
        Assert.Equal(EscalationStatus.Acknowledged, saved.Status);
        Assert.Null(saved.ClosingReason);
        Assert.Equal(await app.StaffIdAsync("manager@demo.test"), saved.AssignedToUserId);
        Assert.Equal(0, await app.AuditCountAsync("closed", escalation.Id));
    }

    [Fact]
    public async Task A_reply_by_sms_is_written_to_the_outbox_the_transcript_and_the_audit_log_together()
    {
        await using var app = new ConsoleApplication();
        var (escalation, conversation) = await app.SmsEscalationAsync("leicester", "+447700900555");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var response = await worker.SubmitAsync(Url(escalation), Handler(escalation, "Reply"), new() { ["reply.Text"] = "Hello, this is Amy, a family worker. Can we talk today?" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var outbox = await app.WithDatabaseAsync(db => db.Outbox.SingleAsync());
        Assert.Equal(Channel.Sms, outbox.Channel);
        Assert.Equal("+447700900555", outbox.To);
        Assert.Equal(conversation.Id, outbox.ConversationId);
        Assert.Equal("Hello, this is Amy, a family worker. Can we talk today?", outbox.Body);
        Assert.Equal(OutboxStatus.Pending, outbox.Status);
        Assert.Equal("worker-reply", outbox.Purpose);
        var message = await app.WithDatabaseAsync(db => db.ConversationMessages.Where(m => m.ConversationId == conversation.Id).OrderBy(m => m.Id).LastAsync());
        Assert.Equal(MessageAuthor.FamilyWorker, message.Author);
        Assert.Equal(outbox.Body, message.Text);
        Assert.Equal(1, await app.AuditCountAsync("replied", escalation.Id));
        Assert.Contains("Hello, this is Amy", (await worker.PageAsync(Url(escalation))).QuerySelector(".app-transcript")!.TextContent);
    }

    [Fact]
    public async Task A_reply_by_web_chat_goes_into_the_familys_conversation()
    {
        await using var app = new ConsoleApplication();
        var conversation = new Conversation { Channel = Channel.WebChat, Address = "user-1", ExternalId = "dl-conversation-1", StartedAt = DateTime.UtcNow, LastActivityAt = DateTime.UtcNow };
        await app.WithDatabaseAsync(async db => { db.Conversations.Add(conversation); await db.SaveChangesAsync(); });
        var escalation = await app.EscalationAsync("leicester", shape: e => { e.ContactChannel = Channel.WebChat; e.ConversationId = conversation.Id; });
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        await worker.SubmitAsync(Url(escalation), Handler(escalation, "Reply"), new() { ["reply.Text"] = "I am here to help." });

        var outbox = await app.WithDatabaseAsync(db => db.Outbox.SingleAsync());
        Assert.Equal(Channel.WebChat, outbox.Channel);
        Assert.Equal(conversation.Id, outbox.ConversationId);
        Assert.Equal("dl-conversation-1", outbox.To);
    }

    [Fact]
    public async Task No_sms_is_sent_to_a_family_who_texted_stop()
    {
        await using var app = new ConsoleApplication();
        var (escalation, _) = await app.SmsEscalationAsync("leicester", "+447700900556");
        await app.WithDatabaseAsync(async db =>
        {
            db.ContactPreferences.Add(new ContactPreference { Channel = Channel.Sms, Address = "+447700900556", OptedOut = true, UpdatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var page = await worker.PageAsync(Url(escalation));
        Assert.Contains("texted STOP", page.Body!.TextContent);
        var response = await worker.PostAsync(Handler(escalation, "Reply"), new() { ["reply.Text"] = "Hello" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task Closing_needs_a_reason_and_the_reason_is_kept()
    {
        await using var app = new ConsoleApplication();
        var escalation = await app.EscalationAsync("leicester");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var refused = await worker.SubmitAsync(Url(escalation), Handler(escalation, "Close"), new() { ["close.Reason"] = " " });
        var errors = (await ConsoleBrowser.ParseAsync(refused)).QuerySelector(".govuk-error-summary")!;
        Assert.Contains("Enter why you are closing it", errors.TextContent);
        Assert.Equal("#close_Reason", errors.QuerySelector("a")!.GetAttribute("href"));

        var closed = await worker.SubmitAsync(Url(escalation), Handler(escalation, "Close"), new() { ["close.Reason"] = "Prison confirmed he is safe" });
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var saved = await app.WithDatabaseAsync(db => db.Escalations.SingleAsync(e => e.Id == escalation.Id));
        Assert.Equal(EscalationStatus.Closed, saved.Status);
        Assert.Equal("Prison confirmed he is safe", saved.ClosingReason);
        Assert.Equal(1, await app.AuditCountAsync("closed", escalation.Id));
    }

    [Fact]
    public async Task Status_changes_assignment_safer_custody_and_linking_a_case_are_each_saved_and_audited()
    {
        await using var app = new ConsoleApplication();
        var escalation = await app.EscalationAsync("leicester");
        var existing = await app.CaseAsync("leicester");
        var chelmsfordCase = await app.CaseAsync("chelmsford");
        var managerId = await app.StaffIdAsync("manager@demo.test");
        var chelmsfordWorker = await app.StaffIdAsync("worker.chelmsford@demo.test");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync(Url(escalation), Handler(escalation, "Status"), new() { ["change.Status"] = "InProgress" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.SubmitAsync(Url(escalation), Handler(escalation, "Assign"), new() { ["assign.AssigneeId"] = chelmsfordWorker })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync(Url(escalation), Handler(escalation, "Assign"), new() { ["assign.AssigneeId"] = managerId })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync(Url(escalation), Handler(escalation, "SaferCustody"), [])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.SubmitAsync(Url(escalation), Handler(escalation, "Link"), new() { ["link.CaseReference"] = chelmsfordCase.Reference })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync(Url(escalation), Handler(escalation, "Link"), new() { ["link.CaseReference"] = existing.Reference.ToLowerInvariant() })).StatusCode);

        var saved = await app.WithDatabaseAsync(db => db.Escalations.SingleAsync(e => e.Id == escalation.Id));
        Assert.Equal(EscalationStatus.InProgress, saved.Status);
        Assert.Equal(managerId, saved.AssignedToUserId);
        Assert.NotNull(saved.SaferCustodyInformedAt);
        Assert.Equal(existing.Id, saved.CaseId);
        foreach (var action in new[] { "status changed", "assigned", "safer custody told", "linked to case" })
        {
            Assert.Equal(1, await app.AuditCountAsync(action, escalation.Id));
        }
    }
}

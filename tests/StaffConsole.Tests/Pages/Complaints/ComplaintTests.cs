using System.Net;
using FamilyServices.Casework.Complaints;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Outbox;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Tests.Pages.Complaints;

public class ComplaintTests
{
    private static string Url(Complaint c) => $"/Complaints/Details/{c.Id}";

    private static string Handler(Complaint c, string handler) => $"/Complaints/Details/{c.Id}?handler={handler}";

    private static Task<Complaint> SavedAsync(ConsoleApplication app, Complaint c) =>
        app.WithDatabaseAsync(db => db.Complaints.SingleAsync(x => x.Id == c.Id));

    [Fact]
    public async Task The_inbox_shows_only_the_workers_establishments_with_each_deadline_against_today()
    {
        await using var app = new ConsoleApplication();
        var overdue = await app.ComplaintAsync("leicester", DateTime.UtcNow.AddDays(-20), c => c.ResponseDueBy = DateTime.UtcNow.AddDays(-3));
        var dueSoon = await app.ComplaintAsync("leicester", shape: c => c.ResponseDueBy = DateTime.UtcNow.AddDays(2));
        var chelmsford = await app.ComplaintAsync("chelmsford");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var page = await worker.PageAsync("/Complaints");

        var rows = page.QuerySelectorAll("tr[data-reference]").ToList();
        Assert.Equal([overdue.Reference, dueSoon.Reference], rows.Select(r => r.GetAttribute("data-reference")));
        Assert.Contains("3 days overdue", rows[0].TextContent);
        Assert.NotNull(rows[0].QuerySelector(".govuk-tag--red"));
        Assert.Contains("Due in 2 days", rows[1].TextContent);
        Assert.Null(rows[1].QuerySelector(".govuk-tag--red"));
        Assert.DoesNotContain(chelmsford.Reference, page.Body!.TextContent);
    }

    [Fact]
    public async Task Answered_complaints_leave_the_open_inbox_and_show_under_their_status()
    {
        await using var app = new ConsoleApplication();
        var open = await app.ComplaintAsync("leicester");
        var answered = await app.ComplaintAsync("leicester", shape: c => { c.Status = ComplaintStatus.Responded; c.RespondedAt = DateTime.UtcNow; });
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var references = async (string url) => (await worker.PageAsync(url)).QuerySelectorAll("tr[data-reference]").Select(r => r.GetAttribute("data-reference")).ToList();

        Assert.Equal([open.Reference], await references("/Complaints"));
        Assert.Equal([answered.Reference], await references("/Complaints?Status=Responded"));
        Assert.Equal(2, (await references("/Complaints?Status=all&Sort=reference")).Count);
    }

    [Fact]
    public async Task The_inbox_sorts_by_deadline_by_default_and_by_newest_received_on_request()
    {
        await using var app = new ConsoleApplication();
        var older = await app.ComplaintAsync("leicester", DateTime.UtcNow.AddDays(-9), c => c.ResponseDueBy = DateTime.UtcNow.AddDays(1));
        var newer = await app.ComplaintAsync("leicester", DateTime.UtcNow.AddDays(-2), c => c.ResponseDueBy = DateTime.UtcNow.AddDays(5));
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var references = async (string url) => (await worker.PageAsync(url)).QuerySelectorAll("tr[data-reference]").Select(r => r.GetAttribute("data-reference")).ToList();

        Assert.Equal([older.Reference, newer.Reference], await references("/Complaints"));
        Assert.Equal([newer.Reference, older.Reference], await references("/Complaints?Sort=received"));
        Assert.Equal([older.Reference, newer.Reference], await references("/Complaints?Sort=reference"));
        var page = await worker.PageAsync("/Complaints?Sort=received");
        Assert.Equal("descending", page.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task A_leicester_worker_gets_not_found_for_a_chelmsford_complaint_and_cannot_change_it()
    {
        await using var app = new ConsoleApplication();
        var chelmsford = await app.ComplaintAsync("chelmsford");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        Assert.Equal(HttpStatusCode.NotFound, (await worker.Client.GetAsync(Url(chelmsford))).StatusCode);
        foreach (var handler in new[] { "Claim", "Assign", "Respond", "Status" })
        {
            var response = await worker.PostAsync(Handler(chelmsford, handler), new()
            {
                ["version"] = chelmsford.Version.ToString(), ["assign.AssigneeId"] = await app.StaffIdAsync("worker.leicester@demo.test"),
                ["respond.Text"] = "Sorry", ["respond.Outcome"] = "Upheld", ["change.Status"] = "Closed", ["change.Outcome"] = "Upheld",
            });
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{handler} answered {response.StatusCode}");
        }

        var unchanged = await SavedAsync(app, chelmsford);
        Assert.Equal(ComplaintStatus.Received, unchanged.Status);
        Assert.Null(unchanged.Response);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task Viewing_a_complaint_is_audited_and_shows_what_happened_and_the_deadline()
    {
        await using var app = new ConsoleApplication();
        var complaint = await app.ComplaintAsync("leicester", shape: c => c.ResponseDueBy = DateTime.UtcNow.AddDays(-1));
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var page = await worker.PageAsync(Url(complaint));

        Assert.Contains("There was nowhere to change the baby.", page.Body!.TextContent);
        Assert.Equal("1 day overdue", page.QuerySelector("#deadline")!.TextContent.Trim());
        Assert.Equal(1, await app.AuditCountAsync("viewed", complaint.Id));
    }

    [Fact]
    public async Task A_worker_assigns_it_to_themselves_or_to_a_colleague_of_that_establishment_only()
    {
        await using var app = new ConsoleApplication();
        var complaint = await app.ComplaintAsync("leicester");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync(Url(complaint), Handler(complaint, "Claim"), [])).StatusCode);
        var claimed = await SavedAsync(app, complaint);
        Assert.Equal(await app.StaffIdAsync("worker.leicester@demo.test"), claimed.AssignedToUserId);
        Assert.Equal(ComplaintStatus.Assigned, claimed.Status);

        var refused = await worker.SubmitAsync(Url(complaint), Handler(complaint, "Assign"), new() { ["assign.AssigneeId"] = await app.StaffIdAsync("worker.chelmsford@demo.test") });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Choose someone who works for this establishment", (await ConsoleBrowser.ParseAsync(refused)).QuerySelector(".govuk-error-summary")!.TextContent);

        var manager = await app.StaffIdAsync("manager@demo.test");
        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync(Url(complaint), Handler(complaint, "Assign"), new() { ["assign.AssigneeId"] = manager })).StatusCode);
        Assert.Equal(manager, (await SavedAsync(app, complaint)).AssignedToUserId);
        Assert.Equal(2, await app.AuditCountAsync("assigned", complaint.Id));
    }

    [Fact]
    public async Task A_response_by_sms_reaches_the_outbox_for_the_familys_number_and_the_outcome_is_saved()
    {
        await using var app = new ConsoleApplication();
        var complaint = await app.ComplaintAsync("leicester", shape: c => { c.ReplyChannel = Channel.Sms; c.ReplyAddress = "+447700900321"; });
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var response = await worker.SubmitAsync(Url(complaint), Handler(complaint, "Respond"), new()
        {
            ["respond.Text"] = $"About {complaint.Reference}: a baby changing table is now in the visitor centre.", ["respond.Outcome"] = "Upheld",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var outbox = await app.WithDatabaseAsync(db => db.Outbox.SingleAsync());
        Assert.Equal(Channel.Sms, outbox.Channel);
        Assert.Equal("+447700900321", outbox.To);
        Assert.Equal("complaint-response", outbox.Purpose);
        Assert.Equal(OutboxStatus.Pending, outbox.Status);
        Assert.Equal($"About {complaint.Reference}: a baby changing table is now in the visitor centre.", outbox.Body);
        var saved = await SavedAsync(app, complaint);
        Assert.Equal(ComplaintStatus.Responded, saved.Status);
        Assert.Equal(ComplaintOutcome.Upheld, saved.Outcome);
        Assert.NotNull(saved.RespondedAt);
        Assert.Equal(outbox.Body, saved.Response);
        Assert.Equal(1, await app.AuditCountAsync("responded", complaint.Id));
        var page = await worker.PageAsync(Url(complaint));
        Assert.Contains("Your response is being sent by SMS", page.Body!.TextContent);
        Assert.Contains("Answered on time", page.QuerySelector("#deadline")!.TextContent);
    }

    [Fact]
    public async Task A_response_by_web_chat_goes_into_the_familys_conversation()
    {
        await using var app = new ConsoleApplication();
        var conversation = new Conversation { Channel = Channel.WebChat, Address = "user-1", ExternalId = "dl-conversation-42", EstablishmentId = "leicester", StartedAt = DateTime.UtcNow, LastActivityAt = DateTime.UtcNow };
        await app.WithDatabaseAsync(async db => { db.Conversations.Add(conversation); await db.SaveChangesAsync(); });
        var complaint = await app.ComplaintAsync("leicester", shape: c =>
        {
            c.Channel = Channel.WebChat; c.ConversationId = conversation.Id; c.ReplyChannel = Channel.WebChat; c.ReplyAddress = "user-1";
        });
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        await worker.SubmitAsync(Url(complaint), Handler(complaint, "Respond"), new() { ["respond.Text"] = "We are sorry.", ["respond.Outcome"] = "PartlyUpheld" });

        var outbox = await app.WithDatabaseAsync(db => db.Outbox.SingleAsync());
        Assert.Equal(Channel.WebChat, outbox.Channel);
        Assert.Equal("dl-conversation-42", outbox.To);
        Assert.Equal(conversation.Id, outbox.ConversationId);
        Assert.Equal(ComplaintOutcome.PartlyUpheld, (await SavedAsync(app, complaint)).Outcome);
        var transcript = await app.WithDatabaseAsync(db => db.ConversationMessages.Where(m => m.ConversationId == conversation.Id).ToListAsync());
        Assert.Equal((MessageAuthor.FamilyWorker, "We are sorry."), (transcript.Single().Author, transcript.Single().Text));
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, Channel.Email)]
    public async Task A_response_the_assistant_cannot_send_is_recorded_only(bool wantsReply, Channel? channel)
    {
        await using var app = new ConsoleApplication();
        var complaint = await app.ComplaintAsync("leicester", shape: c => { c.WantsReply = wantsReply; c.ReplyChannel = channel; c.ReplyAddress = channel is null ? null : "family@example.test"; });
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var form = await worker.PageAsync(Url(complaint));
        Assert.Equal("Record response", form.QuerySelector("form[action$='handler=Respond'] button")!.TextContent.Trim());
        var response = await worker.SubmitAsync(Url(complaint), Handler(complaint, "Respond"), new() { ["respond.Text"] = "Noted.", ["respond.Outcome"] = "NotUpheld" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Outbox.CountAsync()));
        var saved = await SavedAsync(app, complaint);
        Assert.Equal(ComplaintStatus.Responded, saved.Status);
        Assert.Equal("Noted.", saved.Response);
    }

    [Fact]
    public async Task A_response_without_text_or_outcome_is_refused_with_both_errors()
    {
        await using var app = new ConsoleApplication();
        var complaint = await app.ComplaintAsync("leicester");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var response = await worker.SubmitAsync(Url(complaint), Handler(complaint, "Respond"), new() { ["respond.Text"] = " " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = (await ConsoleBrowser.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Enter your response to the family", summary);
        Assert.Contains("Choose the outcome", summary);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task A_response_on_an_out_of_date_page_is_refused_and_sends_nothing()
    {
        await using var app = new ConsoleApplication();
        var complaint = await app.ComplaintAsync("leicester");
        using var first = await app.SignInAsync("worker.leicester@demo.test");
        using var second = await app.SignInAsync("manager@demo.test");
        var stale = complaint.Version.ToString();

        Assert.Equal(HttpStatusCode.Redirect, (await second.SubmitAsync(Url(complaint), Handler(complaint, "Status"), new() { ["change.Status"] = "Closed", ["change.Outcome"] = "Withdrawn" })).StatusCode);
        var response = await first.PostAsync(Handler(complaint, "Respond"), new() { ["version"] = stale, ["respond.Text"] = "Sorry.", ["respond.Outcome"] = "Upheld" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this complaint", (await ConsoleBrowser.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent);
        var saved = await SavedAsync(app, complaint);
        Assert.Equal(ComplaintStatus.Closed, saved.Status);
        Assert.Equal(ComplaintOutcome.Withdrawn, saved.Outcome);
        Assert.Null(saved.Response);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Outbox.CountAsync()));
        Assert.Equal(0, await app.AuditCountAsync("responded", complaint.Id));
    }

    [Fact]
    public async Task Closing_needs_an_outcome()
    {
        await using var app = new ConsoleApplication();
        var complaint = await app.ComplaintAsync("leicester");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var response = await worker.SubmitAsync(Url(complaint), Handler(complaint, "Status"), new() { ["change.Status"] = "Closed", ["change.Outcome"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose the outcome before you close", (await ConsoleBrowser.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Equal(ComplaintStatus.Received, (await SavedAsync(app, complaint)).Status);
    }
}

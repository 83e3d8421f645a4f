using System.Net;
using FamilyServices.Casework.Cases;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Tests.Pages.Cases;

public class CaseTests
{
    [Fact]
    public async Task A_leicester_worker_gets_not_found_for_every_page_of_a_chelmsford_case()
    {
        await using var app = new ConsoleApplication();
        var (chelmsford, consent) = await app.CaseWithConsentAsync("chelmsford");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        foreach (var url in new[] { "Details", "AddPerson", "RecordConsent", "Transfer", "Status" }.Select(p => $"/Cases/{p}/{chelmsford.Id}").Append($"/Cases/WithdrawConsent/{chelmsford.Id}/{consent.Id}"))
        {
            var get = await worker.Client.GetAsync(url);
            Assert.True(get.StatusCode == HttpStatusCode.NotFound, $"GET {url} answered {get.StatusCode}");
            if (url.Contains("/Details/", StringComparison.Ordinal))
            {
                continue;
            }

            var post = await worker.PostAsync(url, new()
            {
                ["Input.Name"] = "X", ["Input.Relationship"] = "friend", ["Input.GivenBy"] = chelmsford.PrisonerName, ["Input.Scope"] = "x", ["Input.GivenOn"] = "2026-01-01",
                ["Input.EstablishmentId"] = "leicester", ["Input.Reason"] = "x", ["Input.Version"] = chelmsford.Version.ToString(),
            });
            Assert.True(post.StatusCode == HttpStatusCode.NotFound, $"POST {url} answered {post.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await worker.PostAsync($"/Cases/Details/{chelmsford.Id}?handler=Note", new() { ["note.Text"] = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await worker.PostAsync($"/Cases/Details/{chelmsford.Id}", [])).StatusCode);
        var unchanged = await app.WithDatabaseAsync(db => db.Cases.Include(c => c.SignificantOthers).Include(c => c.Notes).SingleAsync(c => c.Id == chelmsford.Id));
        Assert.Equal("chelmsford", unchanged.EstablishmentId);
        Assert.Single(unchanged.SignificantOthers);
        Assert.Empty(unchanged.Notes);
        Assert.DoesNotContain(chelmsford.Reference, (await worker.PageAsync($"/Cases?Search={chelmsford.Reference}")).Body!.TextContent);
    }

    [Fact]
    public async Task A_case_opened_from_an_escalation_is_filled_in_linked_and_has_the_family_member()
    {
        await using var app = new ConsoleApplication();
        var escalation = await app.EscalationAsync("leicester", shape: e =>
        {
            e.PrisonerName = "Marcus Bell";
            e.PrisonNumber = "D4321EF";
            e.RaisedByName = "Angela";
            e.RaisedByRelationship = "aunt";
            e.ContactChannel = FamilyServices.Casework.Conversations.Channel.Sms;
            e.ContactAddress = "+447700900321";
        });
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var form = await worker.PageAsync($"/Cases/Create?escalationId={escalation.Id}");
        Assert.Equal("Marcus Bell", form.QuerySelector("#Input_PrisonerName")!.GetAttribute("value"));
        var response = await worker.SubmitAsync($"/Cases/Create?escalationId={escalation.Id}", $"/Cases/Create?escalationId={escalation.Id}",
            new() { ["Input.PrisonerName"] = "Marcus Bell", ["Input.PrisonNumber"] = "d4321ef", ["Input.EstablishmentId"] = "leicester" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var opened = await app.WithDatabaseAsync(db => db.Cases.Include(c => c.SignificantOthers).SingleAsync());
        Assert.Equal("D4321EF", opened.PrisonNumber);
        Assert.Equal("Angela", Assert.Single(opened.SignificantOthers).Name);
        Assert.Equal("+447700900321", opened.SignificantOthers[0].Phone);
        Assert.Equal(opened.Id, (await app.WithDatabaseAsync(db => db.Escalations.SingleAsync())).CaseId);
        Assert.Equal(1, await app.AuditCountAsync("created", opened.Id));
        Assert.Equal(1, await app.AuditCountAsync("linked to case", escalation.Id));
        var page = await worker.PageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains(escalation.Reference, page.QuerySelector(".moj-timeline")!.TextContent);
        Assert.Equal(1, await app.AuditCountAsync("viewed", opened.Id));
    }

    [Fact]
    public async Task A_case_cannot_be_opened_at_an_establishment_the_worker_does_not_work_for()
    {
        await using var app = new ConsoleApplication();
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var response = await worker.SubmitAsync("/Cases/Create", "/Cases/Create", new() { ["Input.PrisonerName"] = "A Person", ["Input.EstablishmentId"] = "chelmsford" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose an establishment you work for", (await ConsoleBrowser.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task Notes_people_and_consent_are_added_to_the_case_its_timeline_and_the_audit_log()
    {
        await using var app = new ConsoleApplication();
        var record = await app.CaseAsync("leicester");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");
        var details = $"/Cases/Details/{record.Id}";

        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync(details, $"{details}?handler=Note", new() { ["note.Text"] = "Spoke to his mother; she will visit Friday." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync($"/Cases/AddPerson/{record.Id}", $"/Cases/AddPerson/{record.Id}",
            new() { ["Input.Name"] = "Joan Test", ["Input.Relationship"] = "mother", ["Input.Phone"] = "07700 900444" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync($"/Cases/RecordConsent/{record.Id}", $"/Cases/RecordConsent/{record.Id}",
            new() { ["Input.GivenBy"] = "Joan Test", ["Input.Scope"] = "Referral to housing advice", ["Input.GivenOn"] = DateTime.UtcNow.ToString("yyyy-MM-dd") })).StatusCode);

        var saved = await app.WithDatabaseAsync(db => db.Cases.Include(c => c.SignificantOthers).Include(c => c.Consents).Include(c => c.Notes).SingleAsync(c => c.Id == record.Id));
        Assert.Equal("+447700900444", Assert.Single(saved.SignificantOthers).Phone);
        var consent = Assert.Single(saved.Consents);
        Assert.Equal(await app.StaffIdAsync("worker.leicester@demo.test"), consent.RecordedByUserId);
        Assert.Single(saved.Notes);
        foreach (var action in new[] { "note added", "person added", "consent recorded" })
        {
            Assert.Equal(1, await app.AuditCountAsync(action, record.Id));
        }

        var timeline = (await worker.PageAsync(details)).QuerySelector(".moj-timeline")!.TextContent;
        Assert.Contains("Spoke to his mother", timeline);
        Assert.Contains("Joan Test (mother) added", timeline);
        Assert.Contains("Referral to housing advice", timeline);

        var withdraw = $"/Cases/WithdrawConsent/{record.Id}/{consent.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync(withdraw, withdraw, new() { ["Input.Reason"] = "Changed her mind" })).StatusCode);
        var withdrawn = await app.WithDatabaseAsync(db => db.ConsentRecords.SingleAsync(c => c.Id == consent.Id));
        Assert.NotNull(withdrawn.WithdrawnAt);
        Assert.Equal("Changed her mind", withdrawn.WithdrawnReason);
        Assert.Equal(1, await app.AuditCountAsync("consent withdrawn", record.Id));
    }

    [Fact]
    public async Task A_transfer_moves_the_case_and_its_history_to_the_new_establishment()
    {
        await using var app = new ConsoleApplication();
        var record = await app.CaseAsync("leicester", shape: c => c.Notes.Add(new CaseNote { Text = "History before the move", AuthorUserId = "system", WrittenAt = DateTime.UtcNow.AddDays(-1) }));
        using var leicester = await app.SignInAsync("worker.leicester@demo.test");
        using var chelmsford = await app.SignInAsync("worker.chelmsford@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await chelmsford.Client.GetAsync($"/Cases/Details/{record.Id}")).StatusCode);

        var response = await leicester.SubmitAsync($"/Cases/Transfer/{record.Id}", $"/Cases/Transfer/{record.Id}", new() { ["Input.EstablishmentId"] = "chelmsford" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leicester.Client.GetAsync($"/Cases/Details/{record.Id}")).StatusCode);
        var page = await chelmsford.PageAsync($"/Cases/Details/{record.Id}");
        var timeline = page.QuerySelector(".moj-timeline")!.TextContent;
        Assert.Contains("History before the move", timeline);
        Assert.Contains("Transferred from HMP Leicester to HMP Chelmsford", timeline);
        Assert.Equal(1, await app.AuditCountAsync("transferred", record.Id));
    }

    [Fact]
    public async Task Closing_a_case_someone_else_just_changed_is_refused()
    {
        await using var app = new ConsoleApplication();
        var record = await app.CaseAsync("leicester");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");
        using var manager = await app.SignInAsync("manager@demo.test");
        var staleVersion = record.Version.ToString();

        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync($"/Cases/Status/{record.Id}", $"/Cases/Status/{record.Id}", new() { ["Input.Reason"] = "Family no longer need support" })).StatusCode);
        var response = await worker.PostAsync($"/Cases/Transfer/{record.Id}", new() { ["Input.EstablishmentId"] = "littlehey", ["Input.Version"] = staleVersion });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this case", (await ConsoleBrowser.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent);
        var saved = await app.WithDatabaseAsync(db => db.Cases.SingleAsync(c => c.Id == record.Id));
        Assert.Equal("leicester", saved.EstablishmentId);
        Assert.Equal(CaseStatus.Closed, saved.Status);
        Assert.Equal(1, await app.AuditCountAsync("closed", record.Id));
        Assert.Equal(0, await app.AuditCountAsync("transferred", record.Id));
    }

    [Fact]
    public async Task A_case_is_found_by_a_family_members_phone_number()
    {
        await using var app = new ConsoleApplication();
        var (record, _) = await app.CaseWithConsentAsync("leicester");
        var other = await app.CaseAsync("leicester", "Someone Else");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var page = await worker.PageAsync("/Cases?Search=07700%20900777");

        var found = page.QuerySelectorAll("tr[data-reference]").Select(r => r.GetAttribute("data-reference")).ToList();
        Assert.Equal([record.Reference], found);
    }
}

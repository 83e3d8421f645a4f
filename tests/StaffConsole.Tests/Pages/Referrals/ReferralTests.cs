using System.Net;
using FamilyServices.Casework.Referrals;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Tests.Pages.Referrals;

public class ReferralTests
{
    [Fact]
    public async Task A_referral_is_sent_only_on_consent_that_stands()
    {
        await using var app = new ConsoleApplication();
        var record = await app.CaseAsync("leicester");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");
        var create = $"/Referrals/Create?caseId={record.Id}";

        var refused = await worker.SubmitAsync(create, create, new() { ["Input.ServiceId"] = "1", ["Input.ForWhom"] = record.PrisonerName, ["Input.Reason"] = "Benefits advice", ["Input.Action"] = "send" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Record consent on the case before sending", (await ConsoleBrowser.ParseAsync(refused)).QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Referrals.CountAsync()));

        var draft = await worker.SubmitAsync(create, create, new() { ["Input.ServiceId"] = "1", ["Input.ForWhom"] = record.PrisonerName, ["Input.Reason"] = "Benefits advice", ["Input.Action"] = "draft" });
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var saved = await app.WithDatabaseAsync(db => db.Referrals.SingleAsync());
        Assert.Equal(ReferralStatus.Draft, saved.Status);
        Assert.Equal(1, await app.AuditCountAsync("created", saved.Id));

        var details = $"/Referrals/Details/{saved.Id}";
        var notYet = await worker.SubmitAsync(details, details, new() { ["Input.Status"] = "Sent" });
        Assert.Contains("Choose consent that has not been withdrawn", (await ConsoleBrowser.ParseAsync(notYet)).QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Equal(ReferralStatus.Draft, (await app.WithDatabaseAsync(db => db.Referrals.SingleAsync())).Status);
    }

    [Fact]
    public async Task A_referral_moves_from_sent_to_accepted_to_completed_with_its_outcome_each_step_audited()
    {
        await using var app = new ConsoleApplication();
        var (record, consent) = await app.CaseWithConsentAsync("leicester");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");
        var create = $"/Referrals/Create?caseId={record.Id}";

        var sent = await worker.SubmitAsync(create, create, new()
        {
            ["Input.ServiceId"] = "3", ["Input.ForWhom"] = "Karen Test", ["Input.Reason"] = "Debt worries", ["Input.ConsentId"] = consent.Id.ToString(), ["Input.Action"] = "send",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var referral = await app.WithDatabaseAsync(db => db.Referrals.SingleAsync());
        Assert.Equal(ReferralStatus.Sent, referral.Status);
        Assert.Equal(consent.Id, referral.ConsentRecordId);
        Assert.Equal(1, await app.AuditCountAsync("sent", referral.Id));

        var details = $"/Referrals/Details/{referral.Id}";
        var skipped = await worker.SubmitAsync(details, details, new() { ["Input.Status"] = "Completed", ["Input.Outcome"] = "Done" });
        Assert.Equal(HttpStatusCode.OK, skipped.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync(details, details, new() { ["Input.Status"] = "Accepted" })).StatusCode);
        var noOutcome = await worker.SubmitAsync(details, details, new() { ["Input.Status"] = "Completed", ["Input.Outcome"] = "" });
        Assert.Contains("Enter the outcome", (await ConsoleBrowser.ParseAsync(noOutcome)).QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync(details, details, new() { ["Input.Status"] = "Completed", ["Input.Outcome"] = "Repayment plan agreed" })).StatusCode);

        var done = await app.WithDatabaseAsync(db => db.Referrals.SingleAsync());
        Assert.Equal(ReferralStatus.Completed, done.Status);
        Assert.Equal("Repayment plan agreed", done.Outcome);
        Assert.Equal(2, await app.AuditCountAsync("status changed", referral.Id));
        Assert.Contains("Referral to Debt advice: accepted → completed", (await worker.PageAsync($"/Cases/Details/{record.Id}")).QuerySelector(".moj-timeline")!.TextContent);
    }

    [Fact]
    public async Task A_stale_update_is_refused()
    {
        await using var app = new ConsoleApplication();
        var (record, consent) = await app.CaseWithConsentAsync("leicester");
        var referral = await app.ReferralAsync(record, consent.Id);
        using var worker = await app.SignInAsync("worker.leicester@demo.test");
        using var manager = await app.SignInAsync("manager@demo.test");
        var details = $"/Referrals/Details/{referral.Id}";

        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(details, details, new() { ["Input.Status"] = "Declined", ["Input.Outcome"] = "Out of area" })).StatusCode);
        var stale = await worker.PostAsync(details, new() { ["Input.Status"] = "Accepted", ["Input.Version"] = referral.Version.ToString() });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(ReferralStatus.Declined, (await app.WithDatabaseAsync(db => db.Referrals.SingleAsync())).Status);
    }

    [Fact]
    public async Task A_leicester_worker_gets_not_found_for_a_chelmsford_referral()
    {
        await using var app = new ConsoleApplication();
        var (record, consent) = await app.CaseWithConsentAsync("chelmsford");
        var referral = await app.ReferralAsync(record, consent.Id);
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        Assert.Equal(HttpStatusCode.NotFound, (await worker.Client.GetAsync($"/Referrals/Details/{referral.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.Client.GetAsync($"/Referrals/Create?caseId={record.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.PostAsync($"/Referrals/Details/{referral.Id}", new() { ["Input.Status"] = "Accepted", ["Input.Version"] = referral.Version.ToString() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.PostAsync($"/Referrals/Create?caseId={record.Id}", new() { ["Input.ServiceId"] = "1", ["Input.ForWhom"] = "x", ["Input.Reason"] = "x", ["Input.Action"] = "draft" })).StatusCode);
        Assert.Equal(ReferralStatus.Sent, (await app.WithDatabaseAsync(db => db.Referrals.SingleAsync())).Status);
        Assert.Equal(0, await app.AuditCountAsync("viewed", referral.Id));
    }
}

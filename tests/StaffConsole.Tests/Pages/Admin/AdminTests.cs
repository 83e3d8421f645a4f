using System.Net;
using FamilyServices.Casework.Referrals;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Tests.Pages.Admin;

public class AdminTests
{
    [Fact]
    public async Task An_administrator_adds_a_family_worker_who_then_sees_only_their_establishment()
    {
        await using var app = new ConsoleApplication();
        var chelmsford = await app.EscalationAsync("chelmsford");
        var leicester = await app.EscalationAsync("leicester");
        using var admin = await app.SignInAsync("admin@demo.test");

        var weak = await admin.SubmitAsync("/Admin/Users/Create", "/Admin/Users/Create", new()
        {
            ["Input.DisplayName"] = "New Worker", ["Input.Email"] = "new.worker@demo.test", ["Input.Role"] = "FamilyWorker", ["Input.Establishments"] = "chelmsford", ["Input.Password"] = "short",
        });
        Assert.Contains("at least 12 characters", (await ConsoleBrowser.ParseAsync(weak)).QuerySelector(".govuk-error-summary")!.TextContent);

        var created = await admin.SubmitAsync("/Admin/Users/Create", "/Admin/Users/Create", new()
        {
            ["Input.DisplayName"] = "New Worker", ["Input.Email"] = "new.worker@demo.test", ["Input.Role"] = "FamilyWorker", ["Input.Establishments"] = "chelmsford", ["Input.Password"] = "A-long-enough-pass-1",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await app.StaffIdAsync("new.worker@demo.test");
        Assert.Equal(1, await app.AuditCountAsync("created", id));

        using var worker = await app.SignInAsync("new.worker@demo.test", "A-long-enough-pass-1");
        Assert.Equal(HttpStatusCode.OK, (await worker.Client.GetAsync($"/Triage/Details/{chelmsford.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.Client.GetAsync($"/Triage/Details/{leicester.Id}")).StatusCode);

        // Moving them to Leicester applies on their next page, without signing in again.
        var edit = $"/Admin/Users/Edit/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(edit, edit, new() { ["Input.Role"] = "FamilyWorker", ["Input.Establishments"] = "leicester" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.Client.GetAsync($"/Triage/Details/{chelmsford.Id}")).StatusCode);
        Assert.Equal(1, await app.AuditCountAsync("changed", id));
    }

    [Fact]
    public async Task An_administrator_adds_and_withdraws_a_referral_service()
    {
        await using var app = new ConsoleApplication();
        var record = await app.CaseAsync("leicester");
        using var admin = await app.SignInAsync("admin@demo.test");

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/Admin/ReferralServices/Edit", "/Admin/ReferralServices/Edit",
            new() { ["Input.Name"] = "Local food bank", ["Input.Kind"] = "food", ["Input.Active"] = "true" })).StatusCode);
        var added = await app.WithDatabaseAsync(db => db.ReferralServices.SingleAsync(s => s.Name == "Local food bank"));
        Assert.Equal(ReferralService.Catalogue.Length + 1, added.Id);
        Assert.Contains("Local food bank", (await admin.PageAsync($"/Referrals/Create?caseId={record.Id}")).QuerySelector("#Input_ServiceId")!.TextContent);

        var edit = $"/Admin/ReferralServices/Edit/{added.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(edit, edit, new() { ["Input.Name"] = "Local food bank", ["Input.Kind"] = "food", ["Input.Active"] = "false" })).StatusCode);
        Assert.DoesNotContain("Local food bank", (await admin.PageAsync($"/Referrals/Create?caseId={record.Id}")).QuerySelector("#Input_ServiceId")!.TextContent);
        Assert.Equal(1, await app.AuditCountAsync("created", added.Id));
        Assert.Equal(1, await app.AuditCountAsync("changed", added.Id));
    }

    [Fact]
    public async Task An_administrator_unlocks_a_locked_out_worker()
    {
        await using var app = new ConsoleApplication();
        await app.EnsureStaffAsync();
        using (var browser = new ConsoleBrowser(app.CreateBrowser()))
        {
            for (var attempt = 0; attempt < 5; attempt++)
            {
                await browser.SubmitAsync("/Account/SignIn", "/Account/SignIn", new() { ["Input.Email"] = "worker.leicester@demo.test", ["Input.Password"] = "Not-the-password-1" });
            }
        }
        var id = await app.StaffIdAsync("worker.leicester@demo.test");
        using var admin = await app.SignInAsync("admin@demo.test");
        Assert.Contains("Locked", (await admin.PageAsync("/Admin/Users")).Body!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/Admin/Users/Edit/{id}", $"/Admin/Users/Edit/{id}?handler=Unlock", [])).StatusCode);

        using var worker = await app.SignInAsync("worker.leicester@demo.test");
        Assert.Equal(1, await app.AuditCountAsync("unlocked", id));
    }
}

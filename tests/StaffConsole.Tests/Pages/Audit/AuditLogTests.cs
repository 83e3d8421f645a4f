namespace FamilyServices.StaffConsole.Tests.Pages.Audit;

public class AuditLogTests
{
    [Fact]
    public async Task A_manager_reads_who_viewed_and_changed_a_record()
    {
        await using var app = new ConsoleApplication();
        var escalation = await app.EscalationAsync("leicester");
        using (var worker = await app.SignInAsync("worker.leicester@demo.test"))
        {
            await worker.SubmitAsync($"/Triage/Details/{escalation.Id}", $"/Triage/Details/{escalation.Id}?handler=Claim", []);
        }
        using var manager = await app.SignInAsync("manager@demo.test");

        var page = await manager.PageAsync($"/Audit?Record=escalation&RecordId={escalation.Id}");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("claimed", rows[0]);
        Assert.Contains("worker.leicester@demo.test", rows[0]);
        Assert.Contains("viewed", rows[1]);
    }

    [Fact]
    public async Task A_manager_does_not_see_the_trail_of_establishments_they_do_not_manage()
    {
        await using var app = new ConsoleApplication();
        var chelmsford = await app.EscalationAsync("chelmsford");
        using (var worker = await app.SignInAsync("worker.chelmsford@demo.test"))
        {
            await worker.PageAsync($"/Triage/Details/{chelmsford.Id}");
        }

        // A manager of Leicester only, made for this test.
        await app.WithDatabaseAsync(async db =>
        {
            var manager = db.Users.Single(u => u.Email == "manager@demo.test");
            db.StaffEstablishments.RemoveRange(db.StaffEstablishments.Where(e => e.StaffUserId == manager.Id && e.EstablishmentId != "leicester"));
            await db.SaveChangesAsync();
        });
        using var leicesterManager = await app.SignInAsync("manager@demo.test");

        var page = await leicesterManager.PageAsync($"/Audit?RecordId={chelmsford.Id}");

        Assert.Empty(page.QuerySelectorAll("tbody tr"));
    }
}

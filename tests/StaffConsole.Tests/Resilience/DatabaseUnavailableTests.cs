using System.Net;
using FamilyServices.Bot.Tests.Resilience;
using FamilyServices.Casework.Escalations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Tests.Resilience;

public class DatabaseUnavailableTests
{
    /// <summary>The console over a database that gives up on a lock after a second.</summary>
    private sealed class ImpatientConsole : ConsoleApplication
    {
        public string DatabaseFile => ConnectionString["Data Source=".Length..];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Casework", DatabaseLock.Impatient(DatabaseFile));
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task A_worker_who_claims_while_the_database_is_locked_is_told_to_try_again_and_nothing_is_saved()
    {
        await using var app = new ImpatientConsole();
        var escalation = await app.EscalationAsync("leicester");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");
        var token = (await worker.PageAsync($"/Triage/Details/{escalation.Id}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var claim = new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = escalation.Version.ToString(), ["__RequestVerificationToken"] = token });

        HttpResponseMessage refused;
        using (DatabaseLock.Take(app.DatabaseFile))
        {
            refused = await worker.Client.PostAsync($"/Triage/Details/{escalation.Id}?handler=Claim", claim);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        var page = await ConsoleBrowser.ParseAsync(refused);
        Assert.Equal("The service is busy", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Nothing was saved", page.Body!.TextContent);
        Assert.Equal(EscalationStatus.New, (await app.WithDatabaseAsync(db => db.Escalations.SingleAsync(e => e.Id == escalation.Id))).Status);
        Assert.Equal(0, await app.AuditCountAsync("claimed", escalation.Id));

        var retried = await worker.Client.PostAsync($"/Triage/Details/{escalation.Id}?handler=Claim", claim);

        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(EscalationStatus.Acknowledged, (await app.WithDatabaseAsync(db => db.Escalations.SingleAsync(e => e.Id == escalation.Id))).Status);
        Assert.Equal(1, await app.AuditCountAsync("claimed", escalation.Id));
    }
}

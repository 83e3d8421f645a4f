using System.Net;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Tests.Pages;

/// <summary>A first run in Development: every demo account can open every record it is allowed to see.</summary>
public class DemoDataPagesTests
{
    [Theory]
    [InlineData("worker.leicester@demo.test", "leicester")]
    [InlineData("worker.chelmsford@demo.test", "chelmsford")]
    [InlineData("manager@demo.test", null)]
    public async Task Each_demo_account_opens_its_establishments_records_and_no_others(string email, string? only)
    {
        await using var app = new ConsoleApplication { Environment = "Development" };
        using var browser = await app.SignInAsync(email);
        var escalations = await app.WithDatabaseAsync(db => db.Escalations.Select(e => new { e.Id, e.EstablishmentId }).ToListAsync());
        var cases = await app.WithDatabaseAsync(db => db.Cases.Select(c => new { c.Id, c.EstablishmentId }).ToListAsync());
        var referrals = await app.WithDatabaseAsync(db => db.Referrals.Select(r => new { r.Id, EstablishmentId = db.Cases.Single(c => c.Id == r.CaseId).EstablishmentId }).ToListAsync());
        var requests = await app.WithDatabaseAsync(db => db.ContactRequests.Select(r => new { r.Id, r.EstablishmentId }).ToListAsync());
        var complaints = await app.WithDatabaseAsync(db => db.Complaints.Select(c => new { c.Id, c.EstablishmentId }).ToListAsync());

        var pages = escalations.Select(e => ($"/Triage/Details/{e.Id}", e.EstablishmentId))
            .Concat(cases.Select(c => ($"/Cases/Details/{c.Id}", (string?)c.EstablishmentId)))
            .Concat(referrals.Select(r => ($"/Referrals/Details/{r.Id}", (string?)r.EstablishmentId)))
            .Concat(requests.Select(r => ($"/ContactRequests/Details/{r.Id}", r.EstablishmentId)))
            .Concat(complaints.Select(c => ($"/Complaints/Details/{c.Id}", (string?)c.EstablishmentId)));
        foreach (var (url, establishment) in pages)
        {
            var expected = only is null || establishment == only ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            var response = await browser.Client.GetAsync(url);
            Assert.True(response.StatusCode == expected, $"{email} {url} ({establishment}) answered {response.StatusCode}");
        }

        foreach (var list in new[] { "/Triage", "/Cases", "/ContactRequests", "/Complaints", "/Surveys", "/YouSaidWeDid" })
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync(list)).StatusCode);
        }
    }
}

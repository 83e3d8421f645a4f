using System.Net;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Tests.Pages.YouSaidWeDid;

public class YouSaidWeDidTests
{
    [Fact]
    public async Task A_manager_records_a_change_it_is_listed_audited_and_on_the_notice()
    {
        await using var app = new ConsoleApplication();
        using var manager = await app.SignInAsync("manager@demo.test");

        var response = await manager.SubmitAsync("/YouSaidWeDid/Edit", "/YouSaidWeDid/Edit", new()
        {
            ["Form.EstablishmentId"] = "leicester", ["Form.Quarter"] = "2026-Q3",
            ["Form.YouSaid"] = "There is nowhere to change a baby.", ["Form.WeDid"] = "A changing table is now in the visitor centre toilets.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDatabaseAsync(db => db.YouSaidWeDid.SingleAsync());
        Assert.Equal(("leicester", 2026, 3), (saved.EstablishmentId, saved.Year, saved.Quarter));
        Assert.Equal(await app.StaffIdAsync("manager@demo.test"), saved.AuthorUserId);
        Assert.Equal(1, await app.AuditCountAsync("created", saved.Id));
        Assert.Contains("A changing table is now in the visitor centre toilets.", (await manager.PageAsync("/YouSaidWeDid")).QuerySelector($"[data-change='{saved.Id}']")!.TextContent);
        var notice = await manager.PageAsync("/YouSaidWeDid/Notice?establishment=leicester&quarter=2026-Q3");
        var text = notice.QuerySelector(".app-notice")!.TextContent;
        Assert.Contains("There is nowhere to change a baby.", text);
        Assert.Contains("HMP Leicester", text);
        Assert.Contains("July to September 2026", text);
    }

    [Fact]
    public async Task A_manager_edits_a_change_and_an_empty_form_is_refused()
    {
        await using var app = new ConsoleApplication();
        var change = await app.YouSaidWeDidAsync("chelmsford", 2026, 2, "Queues at the gate.", "A second officer at the gate.");
        using var manager = await app.SignInAsync("manager@demo.test");
        var url = $"/YouSaidWeDid/Edit/{change.Id}";

        var form = await manager.PageAsync(url);
        Assert.Equal("Queues at the gate.", form.QuerySelector("textarea[name='Form.YouSaid']")!.TextContent);
        var refused = await manager.SubmitAsync(url, url, new() { ["Form.EstablishmentId"] = "chelmsford", ["Form.Quarter"] = "2026-Q2", ["Form.YouSaid"] = "", ["Form.WeDid"] = "" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Enter what families said", (await ConsoleBrowser.ParseAsync(refused)).QuerySelector(".govuk-error-summary")!.TextContent);

        var response = await manager.SubmitAsync(url, url, new()
        {
            // The form shows the saved values; a manager changes only what was done.
            ["Form.EstablishmentId"] = "chelmsford", ["Form.Quarter"] = "2026-Q2", ["Form.YouSaid"] = "Queues at the gate.",
            ["Form.WeDid"] = "Two officers at the gate at the start of each session.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDatabaseAsync(db => db.YouSaidWeDid.SingleAsync());
        Assert.Equal("Two officers at the gate at the start of each session.", saved.WeDid);
        Assert.Equal("Queues at the gate.", saved.YouSaid);
        Assert.Equal(1, await app.AuditCountAsync("edited", change.Id));
    }

    [Fact]
    public async Task Family_workers_see_and_print_their_establishments_changes_but_cannot_record_them()
    {
        await using var app = new ConsoleApplication();
        var leicester = await app.YouSaidWeDidAsync("leicester", 2026, 3, "The toys are old.", "New toys in the play area.");
        var chelmsford = await app.YouSaidWeDidAsync("chelmsford", 2026, 3, "Queues at the gate.", "A second officer at the gate.");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var list = await worker.PageAsync("/YouSaidWeDid");
        Assert.NotNull(list.QuerySelector($"[data-change='{leicester.Id}']"));
        Assert.Null(list.QuerySelector($"[data-change='{chelmsford.Id}']"));
        Assert.Null(list.QuerySelector("a[href^='/YouSaidWeDid/Edit']"));
        Assert.Contains("New toys in the play area.", (await worker.PageAsync("/YouSaidWeDid/Notice?establishment=leicester&quarter=2026-Q3")).Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.Client.GetAsync("/YouSaidWeDid/Notice?establishment=chelmsford&quarter=2026-Q3")).StatusCode);
        foreach (var url in new[] { "/YouSaidWeDid/Edit", $"/YouSaidWeDid/Edit/{leicester.Id}" })
        {
            var response = await worker.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/AccessDenied", response.Headers.Location!.AbsolutePath);
        }
    }

    [Fact]
    public async Task A_manager_cannot_record_a_change_for_a_quarter_that_has_not_started()
    {
        await using var app = new ConsoleApplication();
        using var manager = await app.SignInAsync("manager@demo.test");

        var response = await manager.SubmitAsync("/YouSaidWeDid/Edit", "/YouSaidWeDid/Edit", new()
        {
            ["Form.EstablishmentId"] = "leicester", ["Form.Quarter"] = "2099-Q1", ["Form.YouSaid"] = "a", ["Form.WeDid"] = "b",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose a quarter that has started", (await ConsoleBrowser.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.YouSaidWeDid.CountAsync()));
    }
}

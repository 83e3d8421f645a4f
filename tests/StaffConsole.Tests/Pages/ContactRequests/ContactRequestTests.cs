using System.Net;
using FamilyServices.Casework.ContactRequests;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Tests.Pages.ContactRequests;

public class ContactRequestTests
{
    private static string Url(ContactRequest r) => $"/ContactRequests/Details/{r.Id}";

    private static string Handler(ContactRequest r, string handler) => $"{Url(r)}?handler={handler}";

    private static async Task<string> ErrorsAsync(HttpResponseMessage response) =>
        (await ConsoleBrowser.ParseAsync(response)).QuerySelector(".govuk-error-summary")?.TextContent ?? "";

    [Fact]
    public async Task Contact_goes_ahead_only_with_both_sides_consent()
    {
        await using var app = new ConsoleApplication();
        var request = await app.ContactRequestAsync("littlehey");
        using var worker = await app.SignInAsync("worker.littlehey@demo.test");

        var tooSoon = await worker.SubmitAsync(Url(request), Handler(request, "Stage"), new() { ["move.Stage"] = "FamilyTracedOrContacted" });
        Assert.Contains("Record the consent of the person in prison", await ErrorsAsync(tooSoon));

        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync(Url(request), Handler(request, "Consent"), new() { ["consent.Side"] = "PersonInPrison", ["consent.Answer"] = "Given" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync(Url(request), Handler(request, "Stage"), new() { ["move.Stage"] = "FamilyTracedOrContacted" })).StatusCode);
        var noFamilyConsent = await worker.SubmitAsync(Url(request), Handler(request, "Stage"), new() { ["move.Stage"] = "InitialContactMade" });
        Assert.Contains("Record the family's consent before any contact is made", await ErrorsAsync(noFamilyConsent));

        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync(Url(request), Handler(request, "Consent"), new() { ["consent.Side"] = "Family", ["consent.Answer"] = "Given" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync(Url(request), Handler(request, "Stage"), new() { ["move.Stage"] = "InitialContactMade" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync(Url(request), Handler(request, "Stage"), new() { ["move.Stage"] = "Reestablished" })).StatusCode);

        var saved = await app.WithDatabaseAsync(db => db.ContactRequests.SingleAsync());
        Assert.Equal(ContactStage.Reestablished, saved.Stage);
        Assert.Equal(ConsentAnswer.Given, saved.PrisonerConsent);
        Assert.Equal(ConsentAnswer.Given, saved.FamilyConsent);
        Assert.Equal(2, await app.AuditCountAsync("consent recorded", request.Id));
        Assert.Equal(3, await app.AuditCountAsync("stage changed", request.Id));
    }

    [Fact]
    public async Task A_restriction_stops_the_workflow_and_leaves_only_not_possible_with_an_alternative()
    {
        await using var app = new ConsoleApplication();
        var request = await app.ContactRequestAsync("littlehey", r => r.PrisonerConsent = ConsentAnswer.Given);
        using var worker = await app.SignInAsync("worker.littlehey@demo.test");

        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync(Url(request), Handler(request, "Restriction"), new() { ["restriction.Note"] = "Unwanted Prisoner Contact Service: the family asked for no contact" })).StatusCode);
        var page = await worker.PageAsync(Url(request));
        Assert.Contains("A restriction applies", page.QuerySelector(".govuk-warning-text")!.TextContent);
        Assert.Equal(["NotPossible"], page.QuerySelectorAll("input[name='move.Stage']").Select(i => i.GetAttribute("value")!).ToArray());

        var forward = await worker.SubmitAsync(Url(request), Handler(request, "Stage"), new() { ["move.Stage"] = "FamilyTracedOrContacted" });
        Assert.Contains("A restriction applies", await ErrorsAsync(forward));
        var noAlternative = await worker.SubmitAsync(Url(request), Handler(request, "Stage"), new() { ["move.Stage"] = "NotPossible" });
        Assert.Contains("Choose the alternative offered", await ErrorsAsync(noAlternative));
        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync(Url(request), Handler(request, "Stage"), new() { ["move.Stage"] = "NotPossible", ["move.Alternative"] = "OfficialPrisonVisitor" })).StatusCode);

        var saved = await app.WithDatabaseAsync(db => db.ContactRequests.SingleAsync());
        Assert.Equal(ContactStage.NotPossible, saved.Stage);
        Assert.Equal(ContactAlternative.OfficialPrisonVisitor, saved.AlternativeOffered);
        Assert.Equal(1, await app.AuditCountAsync("restriction recorded", request.Id));
        Assert.Equal(1, await app.AuditCountAsync("stage changed", request.Id));
    }

    [Fact]
    public async Task A_worker_records_a_request_from_a_person_in_prison()
    {
        await using var app = new ConsoleApplication();
        using var worker = await app.SignInAsync("worker.littlehey@demo.test");

        var response = await worker.SubmitAsync("/ContactRequests/Create", "/ContactRequests/Create", new()
        {
            ["Input.Origin"] = "PersonInPrison", ["Input.PrisonerName"] = "Alan Reed", ["Input.EstablishmentId"] = "littlehey", ["Input.FamilyMemberName"] = "Claire Reed", ["Input.Relationship"] = "sister",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDatabaseAsync(db => db.ContactRequests.SingleAsync());
        Assert.Equal(ContactRequestOrigin.PersonInPrison, saved.Origin);
        Assert.StartsWith("R-", saved.Reference);
        Assert.Equal(1, await app.AuditCountAsync("created", saved.Id));
        Assert.Contains(saved.Reference, (await worker.PageAsync("/ContactRequests")).Body!.TextContent);
    }

    [Fact]
    public async Task A_stale_change_is_refused()
    {
        await using var app = new ConsoleApplication();
        var request = await app.ContactRequestAsync("littlehey");
        using var worker = await app.SignInAsync("worker.littlehey@demo.test");
        using var manager = await app.SignInAsync("manager@demo.test");

        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(Url(request), Handler(request, "Consent"), new() { ["consent.Side"] = "PersonInPrison", ["consent.Answer"] = "Refused" })).StatusCode);
        var stale = await worker.PostAsync(Handler(request, "Consent"), new() { ["version"] = request.Version.ToString(), ["consent.Side"] = "PersonInPrison", ["consent.Answer"] = "Given" });

        Assert.Contains("Someone else changed this request", await ErrorsAsync(stale));
        Assert.Equal(ConsentAnswer.Refused, (await app.WithDatabaseAsync(db => db.ContactRequests.SingleAsync())).PrisonerConsent);
    }

    [Fact]
    public async Task A_leicester_worker_gets_not_found_for_a_chelmsford_request()
    {
        await using var app = new ConsoleApplication();
        var request = await app.ContactRequestAsync("chelmsford");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        Assert.Equal(HttpStatusCode.NotFound, (await worker.Client.GetAsync(Url(request))).StatusCode);
        foreach (var handler in new[] { "Consent", "Restriction", "Stage" })
        {
            var response = await worker.PostAsync(Handler(request, handler), new()
            {
                ["version"] = request.Version.ToString(), ["consent.Side"] = "Family", ["consent.Answer"] = "Given", ["restriction.Note"] = "x", ["move.Stage"] = "NotPossible", ["move.Alternative"] = "None",
            });
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{handler} answered {response.StatusCode}");
        }
        Assert.DoesNotContain(request.Reference, (await worker.PageAsync("/ContactRequests?IncludeFinished=true")).Body!.TextContent);
        Assert.Equal(ContactStage.Requested, (await app.WithDatabaseAsync(db => db.ContactRequests.SingleAsync())).Stage);
    }
}

using FamilyServices.Casework.Escalations;
using FamilyServices.EndToEnd.Tests.Console;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FamilyServices.EndToEnd.Tests.Resilience;

/// <summary>Two workers with the same escalation open in their browsers: the second to act is told, and nothing the first did is overwritten.</summary>
[Collection(LiveConsoleCollection.Name)]
public class TwoWorkersOnOneEscalationTests(LiveConsole console)
{
    [ConsoleBrowserFact]
    public async Task The_worker_whose_page_is_out_of_date_is_told_someone_else_changed_it_and_nothing_is_overwritten()
    {
        var escalation = new Escalation
        {
            Reference = $"W-2026-{Random.Shared.Next(100000, 999999)}", Kind = EscalationKind.WelfareConcern, Severity = Severity.Routine, Category = "visits",
            PrisonerName = "Lee Test", EstablishmentId = "leicester", Summary = "Worried the visit was cancelled.",
            RaisedAt = DateTime.UtcNow.AddHours(-3), UpdatedAt = DateTime.UtcNow, DetailsComplete = true,
        };
        await console.WithDatabaseAsync(async db =>
        {
            db.Escalations.Add(escalation);
            await db.SaveChangesAsync();
        });
        var worker = await console.SignedInPageAsync("worker.leicester@demo.test");
        var manager = await console.SignedInPageAsync("manager@demo.test");
        await worker.GotoAsync($"/Triage/Details/{escalation.Id}");
        await manager.GotoAsync($"/Triage/Details/{escalation.Id}");

        await manager.GetByRole(AriaRole.Button, new() { Name = "Claim it" }).ClickAsync();
        await Assertions.Expect(manager.GetByText("You have claimed this escalation")).ToBeVisibleAsync();
        await worker.GetByLabel("Reason for closing").FillAsync("Family no longer worried");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Close escalation" }).ClickAsync();

        await Assertions.Expect(worker.Locator(".govuk-error-summary")).ToContainTextAsync("Someone else changed this escalation");
        Escalation? saved = null;
        await console.WithDatabaseAsync(async db => saved = await db.Escalations.AsNoTracking().SingleAsync(e => e.Id == escalation.Id));
        Assert.Equal(EscalationStatus.Acknowledged, saved!.Status);
        Assert.Null(saved.ClosingReason);
        Assert.NotNull(saved.AssignedToUserId);
        await worker.Context.CloseAsync();
        await manager.Context.CloseAsync();
    }
}

using FamilyServices.Casework.Complaints;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.ManagementInformation;
using FamilyServices.Casework.Surveys;
using Microsoft.Playwright;

namespace FamilyServices.EndToEnd.Tests.Console;

[Collection(LiveConsoleCollection.Name)]
public class ReportsInTheBrowserTests(LiveConsole console)
{
    [ConsoleBrowserFact]
    public async Task A_manager_reads_the_survey_dashboard_and_the_quarterly_figures_and_axe_finds_no_violations()
    {
        var quarter = Quarter.LastCompleteBefore(DateTime.UtcNow);
        var inQuarter = quarter.Start.AddDays(20);
        var complaint = new Complaint
        {
            Reference = $"C-2026-{Random.Shared.Next(100000, 999999)}", Channel = Channel.Sms, EstablishmentId = "leicester", About = "booking",
            WhatHappened = "Nobody answered the booking line.", WantsReply = true, ReplyChannel = Channel.Sms, ReplyAddress = "+447700900404",
            ReceivedAt = DateTime.UtcNow.AddDays(-20), ResponseDueBy = DateTime.UtcNow.AddDays(-6),
        };
        await console.WithDatabaseAsync(async db =>
        {
            for (var i = 0; i < 6; i++)
            {
                db.SurveyResponses.Add(new SurveyResponse
                {
                    EstablishmentId = i % 3 == 0 ? "chelmsford" : "leicester", Channel = Channel.WebChat, SubmittedAt = inQuarter.AddDays(i * 12),
                    Booking = 3, Welcome = 5, Information = 4, Facilities = 2 + i % 3, Overall = 3 + i % 3, Comment = i == 1 ? "The play area was lovely." : null,
                });
            }
            db.Complaints.Add(complaint);
            db.YouSaidWeDid.Add(new YouSaidWeDid
            {
                EstablishmentId = "leicester", Year = quarter.Year, Quarter = quarter.Number, YouSaid = "The booking line is always busy.",
                WeDid = "A second person answers the booking line on Mondays.", AuthorUserId = "system", PublishedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        });

        var page = await console.SignedInPageAsync("manager@demo.test");
        var broken = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                broken.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync($"/Surveys?establishment=leicester&quarter={quarter}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(quarter.Describe());
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Overall satisfaction by month, HMP Leicester" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".app-comments")).ToContainTextAsync("The play area was lovely.");
        await Assertions.Expect(page.Locator("#comparison")).ToContainTextAsync("HMP Chelmsford");
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/ManagementInformation");
        await Assertions.Expect(page.Locator("#surveys [data-figure='Responses']")).ToHaveTextAsync("4");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Average score per question (1 poor to 5 very good)" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the figures as CSV" }).ClickAsync());
        Assert.Equal($"hmp-leicester-{quarter}-management-information.csv", download.SuggestedFilename);

        foreach (var url in new[] { "/Complaints", $"/Complaints/Details/{complaint.Id}", "/YouSaidWeDid", "/YouSaidWeDid/Edit", $"/YouSaidWeDid/Notice?establishment=leicester&quarter={quarter}" })
        {
            await page.GotoAsync(url);
            await Axe.AssertNoViolationsAsync(page);
        }

        // Printed, the notice is the notice alone: no console header, menus or footer.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".app-notice")).ToContainTextAsync("A second person answers the booking line on Mondays.");
        await Assertions.Expect(page.Locator(".govuk-template__header")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".govuk-footer")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".app-signed-in")).ToBeHiddenAsync();

        Assert.Empty(broken);
        await page.Context.CloseAsync();
    }
}

using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FamilyServices.EndToEnd.Tests.Console;

[Collection(LiveConsoleCollection.Name)]
public class TriageInTheBrowserTests(LiveConsole console)
{
    /// <summary>What the assistant leaves behind when a family texts a welfare concern: the conversation and the escalation.</summary>
    private async Task<Escalation> SmsConcernAsync(string phone, Severity severity, string establishment, string words)
    {
        var now = DateTime.UtcNow;
        var conversation = new Conversation { Channel = Channel.Sms, Address = phone, ExternalId = phone, EstablishmentId = establishment, StartedAt = now.AddMinutes(-20), LastActivityAt = now.AddMinutes(-19) };
        conversation.Messages.Add(new ConversationMessage { Author = MessageAuthor.Family, Text = words, SentAt = now.AddMinutes(-20), ChannelMessageId = $"SM{Guid.NewGuid():N}" });
        conversation.Messages.Add(new ConversationMessage { Author = MessageAuthor.Assistant, Text = "If anyone's life is in danger call 999. A family worker will contact you.", SentAt = now.AddMinutes(-19) });
        var escalation = new Escalation
        {
            Reference = $"W-2026-{Random.Shared.Next(100000, 999999)}", Kind = EscalationKind.WelfareConcern, Severity = severity, Category = "self-harm",
            PrisonerName = "Daniel Carter", PrisonNumber = "A1234BC", EstablishmentId = establishment, Summary = words, ContactChannel = Channel.Sms,
            ContactAddress = phone, ConversationId = conversation.Id, RaisedAt = now.AddMinutes(-19), UpdatedAt = now, DetailsComplete = true,
            AdviceGiven = "999 and the prison switchboard (ask for the Orderly Officer)",
        };
        await console.WithDatabaseAsync(async db =>
        {
            db.Conversations.Add(conversation);
            db.Escalations.Add(escalation);
            await db.SaveChangesAsync();
        });
        return escalation;
    }

    [ConsoleBrowserFact]
    public async Task A_worker_signs_in_claims_the_top_escalation_from_an_sms_conversation_and_replies()
    {
        await SmsConcernAsync("+447700900201", Severity.Routine, "leicester", "wanted to ask about visiting");
        var top = await SmsConcernAsync("+447700900202", Severity.Emergency, "leicester", "my son says he wants to end it all");

        var page = await console.SignedInPageAsync("worker.leicester@demo.test");
        var firstRow = page.Locator("tbody tr").First;
        Assert.Equal(top.Reference, await firstRow.GetAttributeAsync("data-reference"));
        await firstRow.GetByRole(AriaRole.Link, new() { Name = top.Reference }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = top.Reference })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".app-transcript")).ToContainTextAsync("my son says he wants to end it all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Claim it" }).ClickAsync();
        await Assertions.Expect(page.GetByText("You have claimed this escalation")).ToBeVisibleAsync();

        await page.GetByLabel("Your reply, sent by SMS").FillAsync("Hello Karen, this is Amy from the family service. I have told the prison. Can I call you now?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Your reply is being sent by SMS")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".app-transcript")).ToContainTextAsync("I have told the prison");

        // The assistant's outbox sender delivers this row through Twilio.
        OutboxMessage? sms = null;
        Escalation? claimed = null;
        await console.WithDatabaseAsync(async db =>
        {
            sms = await db.Outbox.SingleAsync(m => m.ConversationId == top.ConversationId);
            claimed = await db.Escalations.SingleAsync(e => e.Id == top.Id);
        });
        Assert.Equal(Channel.Sms, sms!.Channel);
        Assert.Equal("+447700900202", sms.To);
        Assert.Equal(OutboxStatus.Pending, sms.Status);
        Assert.StartsWith("Hello Karen, this is Amy", sms.Body);
        Assert.Equal(EscalationStatus.Acknowledged, claimed!.Status);
        await page.Context.CloseAsync();

        // The assistant, over the same database, sends it to the family through Twilio.
        await using var twilio = await FamilyServices.Bot.Tests.Channels.Sms.FakeTwilioServer.StartAsync();
        await using var assistant = new FamilyServices.EndToEnd.Tests.Channels.LiveBot(console.DatabaseFile, new Dictionary<string, string?>
        {
            ["Twilio:ApiBaseUrl"] = twilio.BaseUrl,
            ["Twilio:AccountSid"] = "AC00000000000000000000000000000000",
            ["Twilio:PhoneNumber"] = "+441234567890",
            ["Sms:Outbox:PollInterval"] = "00:00:00.100",
        });
        var arrived = await Eventually(() => twilio.Requests.FirstOrDefault(r => r.Form.GetValueOrDefault("To") == "+447700900202"));
        Assert.StartsWith("Hello Karen, this is Amy", arrived.Form["Body"]);
        await Eventually(async () =>
        {
            OutboxStatus? status = null;
            await console.WithDatabaseAsync(async db => status = (await db.Outbox.SingleAsync(m => m.Id == sms.Id)).Status);
            return status == OutboxStatus.Sent ? "sent" : null;
        });
        Assert.Single(twilio.Requests, r => r.Form.GetValueOrDefault("To") == "+447700900202");
    }

    private static Task<T> Eventually<T>(Func<T?> probe) where T : class => Eventually(() => Task.FromResult(probe()));

    private static async Task<T> Eventually<T>(Func<Task<T?>> probe) where T : class
    {
        for (var i = 0; i < 150; i++)
        {
            if (await probe() is { } found)
            {
                return found;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("It never happened.");
    }

    [ConsoleBrowserFact]
    public async Task Axe_finds_no_accessibility_violations_on_the_main_pages()
    {
        var escalation = await SmsConcernAsync("+447700900203", Severity.Urgent, "chelmsford", "he is being bullied for his canteen");
        var record = new Case { Reference = $"K-2026-{Random.Shared.Next(100000, 999999)}", PrisonerName = "Lee Evans", PrisonNumber = "B2345CD", EstablishmentId = "chelmsford", OpenedAt = DateTime.UtcNow.AddDays(-2) };
        record.SignificantOthers.Add(new SignificantOther { Name = "Jo Evans", Relationship = "partner", Phone = "+447700900203" });
        record.Notes.Add(new CaseNote { Text = "Partner worried about debts.", AuthorUserId = "system", WrittenAt = DateTime.UtcNow.AddDays(-1) });
        record.Consents.Add(new ConsentRecord { GivenBy = "Jo Evans", Scope = "Referral to debt advice", GivenAt = DateTime.UtcNow.AddDays(-1), RecordedByUserId = "system" });
        await console.WithDatabaseAsync(async db =>
        {
            db.Cases.Add(record);
            await db.SaveChangesAsync();
            var tracked = await db.Escalations.SingleAsync(e => e.Id == escalation.Id);
            tracked.CaseId = record.Id;
            await db.SaveChangesAsync();
        });

        var anonymous = await (await console.NewContextAsync()).NewPageAsync();
        await anonymous.GotoAsync("/Account/SignIn");
        await Axe.AssertNoViolationsAsync(anonymous);
        await anonymous.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(anonymous.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(anonymous);
        await anonymous.Context.CloseAsync();

        var page = await console.SignedInPageAsync("manager@demo.test");
        var broken = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                broken.Add($"{response.Status} {response.Url}");
            }
        };
        page.PageError += (_, error) => broken.Add($"script error: {error}");
        foreach (var url in new[]
        {
            "/Triage", $"/Triage/Details/{escalation.Id}", "/Cases", $"/Cases/Details/{record.Id}", $"/Cases/RecordConsent/{record.Id}",
            $"/Referrals/Create?caseId={record.Id}", "/ContactRequests", "/ContactRequests/Create", "/Audit",
        })
        {
            await page.GotoAsync(url);
            await Axe.AssertNoViolationsAsync(page);
        }

        Assert.Empty(broken);
        // GOV.UK Frontend's css and scripts arrived from wwwroot/lib.
        Assert.Equal("960px", await page.Locator(".govuk-width-container").First.EvaluateAsync<string>("container => getComputedStyle(container).maxWidth"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.body.classList.contains('govuk-frontend-supported')"));

        // A form with its errors shown: the error summary and the fields' messages.
        await page.GotoAsync($"/Triage/Details/{escalation.Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close escalation" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter why you are closing it");
        await Axe.AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();

        var admin = await console.SignedInPageAsync("admin@demo.test");
        foreach (var url in new[] { "/Admin/Users", "/Admin/Users/Create", "/Admin/ReferralServices" })
        {
            await admin.GotoAsync(url);
            await Axe.AssertNoViolationsAsync(admin);
        }
        await admin.Context.CloseAsync();
    }

    [ConsoleBrowserFact]
    public async Task The_accessibility_check_catches_a_violation()
    {
        var page = await (await console.Chromium.NewContextAsync()).NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"en\"><head><title>Broken</title></head><body><main><img src=\"x.png\"><input type=\"text\"></main></body></html>");

        var violations = await Axe.ViolationsAsync(page);

        Assert.Contains(violations, v => v.StartsWith("image-alt", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("label", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}

using System.Net;
using FamilyServices.Casework.Escalations;

namespace FamilyServices.StaffConsole.Tests.Pages.Triage;

public class QueueTests
{
    private static string[] ReferencesInOrder(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("tr[data-reference]").Select(r => r.GetAttribute("data-reference")!).ToArray();

    [Fact]
    public async Task The_queue_puts_the_most_severe_first_then_the_longest_waiting()
    {
        await using var app = new ConsoleApplication();
        var now = DateTime.UtcNow;
        var oldRoutine = await app.EscalationAsync("leicester", Severity.Routine, now.AddDays(-1));
        var newEmergency = await app.EscalationAsync("leicester", Severity.Emergency, now.AddMinutes(-1));
        var oldEmergency = await app.EscalationAsync("leicester", Severity.Emergency, now.AddMinutes(-30));
        var urgent = await app.EscalationAsync("leicester", Severity.Urgent, now.AddHours(-2));
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var page = await worker.PageAsync("/Triage");

        Assert.Equal([oldEmergency.Reference, newEmergency.Reference, urgent.Reference, oldRoutine.Reference], ReferencesInOrder(page));
    }

    [Fact]
    public async Task An_escalation_waiting_past_its_target_stands_out_as_overdue()
    {
        await using var app = new ConsoleApplication();
        var late = await app.EscalationAsync("leicester", Severity.Emergency, DateTime.UtcNow.AddMinutes(-40));
        var inTime = await app.EscalationAsync("leicester", Severity.Urgent, DateTime.UtcNow.AddMinutes(-30));
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var page = await worker.PageAsync("/Triage");

        var lateRow = page.QuerySelector($"tr[data-reference='{late.Reference}']")!;
        Assert.Contains("Overdue", lateRow.TextContent);
        Assert.Contains("over the 15 minutes target", lateRow.TextContent);
        var inTimeRow = page.QuerySelector($"tr[data-reference='{inTime.Reference}']")!;
        Assert.DoesNotContain("Overdue", inTimeRow.TextContent);
        Assert.Contains("due in 3 hours", inTimeRow.TextContent);
        Assert.Contains("1 on this page has waited longer than the response target", page.Body!.TextContent);
    }

    [Fact]
    public async Task A_worker_sees_only_their_establishments_and_escalations_whose_prison_is_not_known_yet()
    {
        await using var app = new ConsoleApplication();
        var leicester = await app.EscalationAsync("leicester");
        var chelmsford = await app.EscalationAsync("chelmsford");
        var unknown = await app.EscalationAsync(null);
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var references = ReferencesInOrder(await worker.PageAsync("/Triage"));

        Assert.Contains(leicester.Reference, references);
        Assert.Contains(unknown.Reference, references);
        Assert.DoesNotContain(chelmsford.Reference, references);
        Assert.DoesNotContain(chelmsford.Reference, ReferencesInOrder(await worker.PageAsync($"/Triage?Search={chelmsford.Reference}&Status=all")));
    }

    [Fact]
    public async Task Resolved_and_closed_escalations_leave_the_queue_but_can_be_found_with_the_status_filter()
    {
        await using var app = new ConsoleApplication();
        var open = await app.EscalationAsync("leicester", shape: e => e.Status = EscalationStatus.InProgress);
        var closed = await app.EscalationAsync("leicester", shape: e => e.Status = EscalationStatus.Closed);
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        Assert.Equal([open.Reference], ReferencesInOrder(await worker.PageAsync("/Triage")));
        Assert.Equal([closed.Reference], ReferencesInOrder(await worker.PageAsync("/Triage?Status=Closed")));
        Assert.Equal(2, ReferencesInOrder(await worker.PageAsync("/Triage?Status=all")).Length);
    }

    [Fact]
    public async Task Filters_narrow_the_queue_by_severity_category_and_assignee()
    {
        await using var app = new ConsoleApplication();
        var workerId = await app.StaffIdAsync("worker.leicester@demo.test");
        var mine = await app.EscalationAsync("leicester", Severity.Urgent, shape: e => { e.AssignedToUserId = workerId; e.Category = "debt"; });
        var emergency = await app.EscalationAsync("leicester", Severity.Emergency, shape: e => e.Category = "self-harm");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        Assert.Equal([emergency.Reference], ReferencesInOrder(await worker.PageAsync("/Triage?Severity=Emergency")));
        Assert.Equal([mine.Reference], ReferencesInOrder(await worker.PageAsync("/Triage?Category=debt")));
        Assert.Equal([mine.Reference], ReferencesInOrder(await worker.PageAsync("/Triage?Assignee=me")));
        Assert.Equal([emergency.Reference], ReferencesInOrder(await worker.PageAsync("/Triage?Assignee=unassigned")));
        Assert.Equal([mine.Reference], ReferencesInOrder(await worker.PageAsync($"/Triage?Assignee={workerId}")));
    }

    [Theory]
    [InlineData("Jordan Smith")]
    [InlineData("jordan")]
    [InlineData("X9876YZ")]
    [InlineData("07700 900999")]
    [InlineData("+447700900999")]
    public async Task A_worker_finds_an_escalation_by_name_prison_number_reference_or_phone_number(string search)
    {
        await using var app = new ConsoleApplication();
        var wanted = await app.EscalationAsync("leicester", shape: e =>
        {
            e.PrisonerName = "Jordan Smith";
            e.PrisonNumber = "X9876YZ";
            e.ContactChannel = FamilyServices.Casework.Conversations.Channel.Sms;
            e.ContactAddress = "+447700900999";
        });
        await app.EscalationAsync("leicester");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        Assert.Equal([wanted.Reference], ReferencesInOrder(await worker.PageAsync($"/Triage?Search={Uri.EscapeDataString(search)}")));
        Assert.Equal([wanted.Reference], ReferencesInOrder(await worker.PageAsync($"/Triage?Search={wanted.Reference}")));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        await using var app = new ConsoleApplication();
        using var anonymous = app.CreateBrowser();

        var response = await anonymous.GetAsync("/Triage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery);
    }
}

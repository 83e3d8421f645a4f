using System.Net;

namespace FamilyServices.StaffConsole.Tests.Pages;

/// <summary>Every page needs a signed-in member of staff, and the right role where it says so.</summary>
public class AccessTests
{
    public static TheoryData<string> EveryPage() =>
    [
        "/", "/Triage", $"/Triage/Details/{Guid.NewGuid()}", "/Cases", "/Cases/Create", $"/Cases/Details/{Guid.NewGuid()}",
        $"/Cases/AddPerson/{Guid.NewGuid()}", $"/Cases/RecordConsent/{Guid.NewGuid()}", $"/Cases/WithdrawConsent/{Guid.NewGuid()}/{Guid.NewGuid()}",
        $"/Cases/Transfer/{Guid.NewGuid()}", $"/Cases/Status/{Guid.NewGuid()}", $"/Referrals/Create?caseId={Guid.NewGuid()}", $"/Referrals/Details/{Guid.NewGuid()}",
        "/ContactRequests", "/ContactRequests/Create", $"/ContactRequests/Details/{Guid.NewGuid()}", "/Audit", "/Admin", "/Admin/Users", "/Admin/Users/Create",
        "/Admin/Users/Edit/someone", "/Admin/ReferralServices", "/Admin/ReferralServices/Edit", "/Account/Authenticator",
        "/Complaints", $"/Complaints/Details/{Guid.NewGuid()}", "/Surveys", "/ManagementInformation", "/ManagementInformation?handler=Csv",
        "/YouSaidWeDid", "/YouSaidWeDid/Edit", $"/YouSaidWeDid/Edit/{Guid.NewGuid()}", "/YouSaidWeDid/Notice",
    ];

    [Theory]
    [MemberData(nameof(EveryPage))]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        await using var app = new ConsoleApplication();
        using var anonymous = app.CreateBrowser();

        var response = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/SignIn", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Anonymous_posts_change_nothing_and_are_sent_to_sign_in()
    {
        await using var app = new ConsoleApplication();
        var escalation = await app.EscalationAsync("leicester");
        using var anonymous = app.CreateBrowser();

        var response = await anonymous.PostAsync($"/Triage/Details/{escalation.Id}?handler=Claim", new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = escalation.Version.ToString() }));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Null((await app.WithDatabaseAsync(db => Task.FromResult(db.Escalations.Single()))).AssignedToUserId);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        await using var app = new ConsoleApplication();
        var escalation = await app.EscalationAsync("leicester");
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var response = await worker.Client.PostAsync($"/Triage/Details/{escalation.Id}?handler=Claim", new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = escalation.Version.ToString() }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await app.WithDatabaseAsync(db => Task.FromResult(db.Escalations.Single()))).AssignedToUserId);
    }

    [Theory]
    [InlineData("worker.leicester@demo.test", "/Audit", false)]
    [InlineData("worker.leicester@demo.test", "/Admin/Users", false)]
    [InlineData("manager@demo.test", "/Audit", true)]
    [InlineData("manager@demo.test", "/Admin/Users", false)]
    [InlineData("admin@demo.test", "/Admin/Users", true)]
    [InlineData("admin@demo.test", "/Audit", true)]
    public async Task Only_managers_read_the_audit_log_and_only_administrators_manage_accounts(string email, string url, bool allowed)
    {
        await using var app = new ConsoleApplication();
        using var browser = await app.SignInAsync(email);

        var response = await browser.Client.GetAsync(url);

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/AccessDenied", response.Headers.Location!.AbsolutePath);
        }
    }

    [Fact]
    public async Task Pages_are_never_cached_and_never_framed()
    {
        await using var app = new ConsoleApplication();
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var response = await worker.Client.GetAsync("/Triage");

        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }
}

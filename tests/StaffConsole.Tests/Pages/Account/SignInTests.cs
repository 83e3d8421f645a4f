using System.Net;
using System.Security.Cryptography;
using FamilyServices.Casework.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.StaffConsole.Tests.Pages.Account;

public class SignInTests
{
    private static Dictionary<string, string> Credentials(string email, string password) => new() { ["Input.Email"] = email, ["Input.Password"] = password };

    [Fact]
    public async Task A_wrong_password_is_refused_with_the_same_words_as_an_unknown_account()
    {
        await using var app = new ConsoleApplication();
        await app.EnsureStaffAsync();
        using var browser = new ConsoleBrowser(app.CreateBrowser());

        var wrong = await browser.SubmitAsync("/Account/SignIn", "/Account/SignIn", Credentials("worker.leicester@demo.test", "Not-the-password-1"));
        var unknown = await browser.SubmitAsync("/Account/SignIn", "/Account/SignIn", Credentials("nobody@demo.test", "Not-the-password-1"));

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var wrongErrors = (await ConsoleBrowser.ParseAsync(wrong)).QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("The email address or password is not right", wrongErrors);
        Assert.Equal(wrongErrors, (await ConsoleBrowser.ParseAsync(unknown)).QuerySelector(".govuk-error-summary")!.TextContent);
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_against_the_right_password()
    {
        await using var app = new ConsoleApplication();
        await app.EnsureStaffAsync();
        using var browser = new ConsoleBrowser(app.CreateBrowser());

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await browser.SubmitAsync("/Account/SignIn", "/Account/SignIn", Credentials("worker.leicester@demo.test", "Not-the-password-1"));
        }
        var right = await browser.SubmitAsync("/Account/SignIn", "/Account/SignIn", Credentials("worker.leicester@demo.test", Casework.Demo.DemoData.DefaultPassword));

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", (await ConsoleBrowser.ParseAsync(right)).QuerySelector(".govuk-error-summary")!.TextContent);
    }

    [Fact]
    public async Task Signing_in_returns_to_the_page_asked_for_but_never_to_another_site()
    {
        await using var app = new ConsoleApplication();
        await app.EnsureStaffAsync();
        using var browser = new ConsoleBrowser(app.CreateBrowser());

        var local = await browser.SubmitAsync("/Account/SignIn?ReturnUrl=%2FCases", "/Account/SignIn?ReturnUrl=%2FCases", Credentials("worker.leicester@demo.test", Casework.Demo.DemoData.DefaultPassword));
        Assert.Equal("/Cases", local.Headers.Location!.OriginalString);

        using var other = new ConsoleBrowser(app.CreateBrowser());
        var offsite = await other.SubmitAsync("/Account/SignIn?ReturnUrl=https%3A%2F%2Fevil.example", "/Account/SignIn?ReturnUrl=https%3A%2F%2Fevil.example", Credentials("worker.leicester@demo.test", Casework.Demo.DemoData.DefaultPassword));
        Assert.Equal("/Triage", offsite.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await using var app = new ConsoleApplication();
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var response = await worker.SubmitAsync("/Triage", "/Account/SignOut", []);

        Assert.Equal("/Account/SignIn", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.Client.GetAsync("/Triage")).StatusCode);
    }

    [Fact]
    public async Task With_an_authenticator_app_turned_on_sign_in_needs_its_code()
    {
        await using var app = new ConsoleApplication();
        using (var worker = await app.SignInAsync("worker.leicester@demo.test"))
        {
            var setup = await worker.PageAsync("/Account/Authenticator");
            var key = setup.QuerySelector("#shared-key")!.TextContent.Replace(" ", "").ToUpperInvariant();
            var wrong = await worker.SubmitAsync("/Account/Authenticator", "/Account/Authenticator?handler=Enable", new() { ["Input.Code"] = "000000" == Totp(key) ? "111111" : "000000" });
            Assert.Contains("The code is not right", (await ConsoleBrowser.ParseAsync(wrong)).QuerySelector(".govuk-error-summary")!.TextContent);
            var enabled = await worker.SubmitAsync("/Account/Authenticator", "/Account/Authenticator?handler=Enable", new() { ["Input.Code"] = Totp(key) });
            Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            Assert.True(await users.GetTwoFactorEnabledAsync((await users.FindByEmailAsync("worker.leicester@demo.test"))!));
        }

        using var browser = new ConsoleBrowser(app.CreateBrowser());
        var password = await browser.SubmitAsync("/Account/SignIn", "/Account/SignIn", Credentials("worker.leicester@demo.test", Casework.Demo.DemoData.DefaultPassword));
        Assert.StartsWith("/Account/TwoFactor", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Client.GetAsync("/Triage")).StatusCode);

        string secret;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            secret = (await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync("worker.leicester@demo.test"))!))!;
        }
        var code = await browser.SubmitAsync(password.Headers.Location.OriginalString, password.Headers.Location.OriginalString, new() { ["Input.Code"] = Totp(secret) });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/Triage")).StatusCode);
    }

    /// <summary>RFC 6238: what an authenticator app shows for the key now.</summary>
    private static string Totp(string base32Key)
    {
        var key = Base32(base32Key);
        var counter = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var bytes = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(bytes);
        }
        var hash = HMACSHA1.HashData(key, bytes);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6");
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(text.TrimEnd('=').Select(c => Convert.ToString(alphabet.IndexOf(c), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }
}

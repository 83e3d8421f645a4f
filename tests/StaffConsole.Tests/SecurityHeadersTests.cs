namespace FamilyServices.StaffConsole.Tests;

public class SecurityHeadersTests
{
    [Fact]
    public async Task The_console_cannot_be_framed_and_runs_only_its_own_scripts()
    {
        await using var app = new ConsoleApplication();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/Account/SignIn");

        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Over_https_the_console_asks_browsers_to_stay_on_https()
    {
        await using var app = new ConsoleApplication { Environment = "Production" };
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://console.example.org"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/Account/SignIn");

        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? set.ToList() : [];
        Assert.All(cookies, cookie =>
        {
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        });
    }
}

using System.Net;
using FamilyServices.EndToEnd.Tests.Channels;
using FamilyServices.EndToEnd.Tests.Console;

namespace FamilyServices.EndToEnd.Tests.Resilience;

/// <summary>
/// Both apps behind the TLS-terminating proxy (X-Forwarded-Proto from a proxy on loopback), on real
/// Kestrel: HSTS, cookies Secure and HttpOnly, framing refused by the console, a policy on every answer.
/// </summary>
[Collection(LiveConsoleCollection.Name)]
public class SecurityHeadersBehindTlsTests(LiveConsole console) : IClassFixture<LiveBot>
{
    private static HttpRequestMessage ThroughTheProxy(HttpMethod method, string path, string host)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = host;
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return request;
    }

    private static void AssertSecureCookies(HttpResponseMessage response, string expected)
    {
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? set.ToList() : [];
        Assert.Contains(cookies, c => c.StartsWith(expected, StringComparison.Ordinal));
        Assert.All(cookies, cookie =>
        {
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite", cookie, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact(Timeout = 60_000)]
    public async Task The_assistant_behind_tls_sends_hsts_and_only_secure_http_only_cookies()
    {
        await using var bot = new LiveBot();
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(bot.BaseUrl) };

        var page = await http.SendAsync(ThroughTheProxy(HttpMethod.Get, "/?lang=pl", "families.example.org"));
        var token = await http.SendAsync(ThroughTheProxy(HttpMethod.Post, "/api/webchat/token", "families.example.org"));
        var direct = await http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("max-age=", page.Headers.GetValues("Strict-Transport-Security").Single());
        AssertSecureCookies(page, "fs_lang=");
        AssertSecureCookies(token, "fs_chat=");
        Assert.Contains("frame-ancestors 'self'", token.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", token.Headers.GetValues("X-Content-Type-Options").Single());
        // Plain HTTP (no proxy saying otherwise) gets no HSTS: the standard allows it only over HTTPS.
        Assert.False(direct.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact(Timeout = 60_000)]
    public async Task The_console_behind_tls_sends_hsts_refuses_framing_and_only_secure_http_only_cookies()
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(console.BaseUrl) };

        var signIn = await http.SendAsync(ThroughTheProxy(HttpMethod.Get, "/Account/SignIn", "console.example.org"));

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("max-age=", signIn.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Equal("DENY", signIn.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", signIn.Headers.GetValues("Content-Security-Policy").Single());
        AssertSecureCookies(signIn, "familyservices.antiforgery=");

        // Signing in through the proxy: the session cookie is Secure and HttpOnly too.
        var html = await signIn.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var post = ThroughTheProxy(HttpMethod.Post, "/Account/SignIn", "console.example.org");
        post.Headers.Add("Cookie", string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "worker.leicester@demo.test", ["Input.Password"] = FamilyServices.Casework.Demo.DemoData.DefaultPassword, ["__RequestVerificationToken"] = token,
        });
        var signedIn = await http.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        AssertSecureCookies(signedIn, "familyservices.console=");
    }
}

using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using FamilyServices.Casework.Demo;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Staff;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.StaffConsole.Tests;

/// <summary>The staff console in memory, over its own temporary SQLite database.</summary>
public class ConsoleApplication : WebApplicationFactory<Program>
{
    private readonly string databaseFile = Path.Combine(Path.GetTempPath(), $"familyservices-console-{Guid.NewGuid():N}.db");
    private bool staffCreated;

    public string ConnectionString => $"Data Source={databaseFile}";

    /// <summary>Development seeds the demo accounts and records; tests choose.</summary>
    public string Environment { get; init; } = "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:Casework", ConnectionString);
        builder.UseSetting("Database:Provider", "Sqlite");
    }

    /// <summary>The demo staff accounts (one worker per establishment, a manager, an administrator), without demo records.</summary>
    public async Task EnsureStaffAsync()
    {
        if (staffCreated)
        {
            return;
        }

        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        await StaffAccounts.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        foreach (var (email, name, role, establishments) in DemoData.Accounts)
        {
            if (await users.FindByEmailAsync(email) is null)
            {
                await StaffAccounts.CreateAsync(users, email, name, DemoData.DefaultPassword, role, establishments);
            }
        }
        staffCreated = true;
    }

    public async Task<string> StaffIdAsync(string email)
    {
        await EnsureStaffAsync();
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email))!.Id;
    }

    /// <summary>A client that does not follow redirects, so tests see where the console sends people.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the real sign-in page, as a worker would.</summary>
    public async Task<ConsoleBrowser> SignInAsync(string email, string password = DemoData.DefaultPassword)
    {
        await EnsureStaffAsync();
        var browser = new ConsoleBrowser(CreateBrowser());
        var response = await browser.SubmitAsync("/Account/SignIn", "/Account/SignIn", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} failed: {response.StatusCode}");
        }
        return browser;
    }

    public async Task WithDatabaseAsync(Func<CaseworkDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        await work(db);
    }

    public async Task<T> WithDatabaseAsync<T>(Func<CaseworkDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CaseworkDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" })
        {
            File.Delete(file);
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>A signed-in worker's browser: reads pages and submits their forms with the anti-forgery token.</summary>
public sealed class ConsoleBrowser(HttpClient client) : IDisposable
{
    public HttpClient Client => client;

    public async Task<IHtmlDocument> PageAsync(string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>Reads the form page (for its token and hidden fields, like the version) and posts the fields to the action.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, string action, Dictionary<string, string> fields)
    {
        var page = await client.GetAsync(pageUrl);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {pageUrl} answered {(int)page.StatusCode}");
        var document = await ParseAsync(page);
        var form = document.Forms.FirstOrDefault(f => (f.GetAttribute("action") ?? pageUrl).Equals(action, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No form posting to {action} on {pageUrl}. Forms: {string.Join(", ", document.Forms.Select(f => f.GetAttribute("action")))}");
        var values = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden").ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>Posts without reading the page first, with a token from any page: for stale-version and wrong-establishment posts.</summary>
    public async Task<HttpResponseMessage> PostAsync(string action, Dictionary<string, string> fields)
    {
        var document = await PageAsync("/Account/Authenticator");
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public void Dispose() => client.Dispose();
}

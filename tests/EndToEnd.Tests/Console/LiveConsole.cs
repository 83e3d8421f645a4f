using System.Net;
using System.Net.Sockets;
using FamilyServices.Casework.Demo;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Staff;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FamilyServices.EndToEnd.Tests.Console;

/// <summary>
/// The staff console on a real loopback port over its own SQLite file, with the demo staff
/// accounts, and Debian's chromium driven by Playwright (never downloaded).
/// </summary>
/// <remarks>Named by a type of the console assembly: both apps here have a Program class.</remarks>
public sealed class LiveConsole : WebApplicationFactory<FamilyServices.StaffConsole.Staff.CurrentStaff>, IAsyncLifetime
{
    public static string? ChromiumPath { get; } = new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
        .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    private readonly string databaseFile = Path.Combine(Path.GetTempPath(), $"familyservices-console-e2e-{Guid.NewGuid():N}.db");
    private readonly int port = FreePort();
    private IPlaywright? playwright;

    public IBrowser Chromium { get; private set; } = null!;

    public string BaseUrl => $"http://127.0.0.1:{port}";

    /// <summary>The console's SQLite file, for starting the assistant over the same records.</summary>
    public string DatabaseFile => databaseFile;

    public LiveConsole()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Casework", $"Data Source={databaseFile}");
        builder.UseSetting("Database:Provider", "Sqlite");
    }

    public async Task InitializeAsync()
    {
        StartServer();
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            await StaffAccounts.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
            foreach (var (email, name, role, establishments) in DemoData.Accounts)
            {
                await StaffAccounts.CreateAsync(users, email, name, DemoData.DefaultPassword, role, establishments);
            }
        }

        if (ChromiumPath is null)
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        Chromium = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
        });
    }

    public async Task WithDatabaseAsync(Func<CaseworkDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<CaseworkDbContext>());
    }

    /// <summary>Generous timeouts: the build machines share two cores between several test runs.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Chromium.NewContextAsync(new() { BaseURL = BaseUrl });
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        return context;
    }

    public async Task<IPage> SignedInPageAsync(string email)
    {
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoData.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/Triage");
        return page;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (playwright is not null)
        {
            await Chromium.CloseAsync();
            playwright.Dispose();
        }

        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A test that needs chromium: skipped, saying why, only where it is not installed.</summary>
public sealed class ConsoleBrowserFactAttribute : FactAttribute
{
    public ConsoleBrowserFactAttribute()
    {
        if (LiveConsole.ChromiumPath is null)
        {
            Skip = "Chromium is not installed (apt-get install chromium); the console's browser tests need it.";
        }
    }
}

[CollectionDefinition(Name)]
public sealed class LiveConsoleCollection : ICollectionFixture<LiveConsole>
{
    public const string Name = "Live staff console";
}

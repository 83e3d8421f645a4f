using Microsoft.Playwright;

namespace FamilyServices.EndToEnd.Tests.Channels;

/// <summary>Debian's chromium, headless, driven by Playwright. No browser is ever downloaded.</summary>
public sealed class Browser : IAsyncLifetime
{
    public static string? ExecutablePath { get; } = new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
        .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public static string RepositoryRoot { get; } = FindRoot();

    private IPlaywright? _playwright;

    public IBrowser Chromium { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (ExecutablePath is null)
        {
            return;
        }
        // CI machines are shared: wait longer than Playwright's 5 s before calling something missing.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Chromium.CloseAsync();
            _playwright.Dispose();
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "package.json")) && File.Exists(Path.Combine(dir.FullName, "FamilyServices.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Could not find the repository root (package.json beside FamilyServices.sln).");
    }

    public static string NodeModule(string relativePath)
    {
        var path = Path.Combine(RepositoryRoot, "node_modules", relativePath);
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: run `npm ci` in {RepositoryRoot}.");
    }
}

/// <summary>A test that needs chromium: skipped, saying why, only where it is not installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Browser.ExecutablePath is null)
        {
            Skip = "Chromium is not installed (apt-get install chromium); browser tests need it.";
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Browser>, ICollectionFixture<LiveBot>
{
    public const string Name = "Browser";
}

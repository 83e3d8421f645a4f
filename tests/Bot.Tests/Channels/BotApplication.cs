using FamilyServices.Bot.Conversations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Bot.Tests.Channels;

/// <summary>
/// The assistant in memory over its own temporary SQLite file, with known Twilio and Direct Line
/// settings. Channel tests answer with a small test engine; <see cref="RealConversations"/> runs the real one.
/// </summary>
public sealed class BotApplication : WebApplicationFactory<Program>
{
    /// <summary>Configuration on top of the defaults, for tests that need it.</summary>
    public IDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The real conversation engine and content instead of the test engine.</summary>
    public bool RealConversations { get; init; }

    /// <summary>Another app's database file, to start the assistant again over the same records.</summary>
    public string DatabaseFile { get; init; } = Path.Combine(Path.GetTempPath(), $"familyservices-bot-{Guid.NewGuid():N}.db");

    /// <summary>False when another instance shares the file and will delete it.</summary>
    public bool OwnsDatabase { get; init; } = true;

    public string ConnectionString => $"Data Source={DatabaseFile}";

    public const string AuthToken = "test-auth-token-0123456789abcdef";
    public const string AccountSid = "AC00000000000000000000000000000000";
    public const string PublicBaseUrl = "https://families.example.org";
    public const string OurNumber = "+441234567890";
    public const string DirectLineSecret = "test-direct-line-secret-which-is-long-enough";

    public TestTurnHandler Turns { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Casework", ConnectionString);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Twilio:AuthToken", AuthToken);
        builder.UseSetting("Twilio:AccountSid", AccountSid);
        builder.UseSetting("Twilio:PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("Twilio:PhoneNumber", OurNumber);
        // Tests never reach the real Twilio: a closed loopback port unless a test starts a fake one.
        builder.UseSetting("Twilio:ApiBaseUrl", "http://127.0.0.1:9");
        builder.UseSetting("DirectLine:Secret", DirectLineSecret);
        // Every test client shares one address; tests of the limits themselves set them low.
        builder.UseSetting("Channels:RateLimits:NewConversationsPerMinute", "100000");
        builder.UseSetting("Channels:RateLimits:MessagesPerMinute", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        if (!RealConversations)
        {
            builder.ConfigureTestServices(services => services.AddSingleton<ITurnHandler>(Turns));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (OwnsDatabase)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { DatabaseFile, DatabaseFile + "-wal", DatabaseFile + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}

using FamilyServices.Bot.Conversations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.EndToEnd.Tests.Channels;

/// <summary>The bot on a real loopback port, so a real browser can reach it.</summary>
/// <remarks>Named by a type of the Bot assembly: both apps here have a Program class.</remarks>
public class LiveBot : WebApplicationFactory<FamilyServices.Bot.Channels.DirectLine.DirectLineConversations>
{
    public const string DirectLineSecret = "end-to-end-direct-line-secret-long-enough";

    private readonly string databaseFile;
    private readonly bool ownsDatabase;
    private readonly IReadOnlyDictionary<string, string?> settings;

    /// <summary>The shared fixture: its own database and the test engine.</summary>
    public LiveBot()
        : this(null)
    {
    }

    public EndToEndTurnHandler Turns { get; } = new();

    public bool RealConversations { get; }

    /// <param name="databaseFile">Another app's SQLite file (the console's), to run the assistant over the same records.</param>
    /// <param name="settings">Configuration on top of the defaults (a fake Twilio's address).</param>
    /// <param name="realConversations">The real conversation engine instead of the test engine.</param>
    protected internal LiveBot(string? databaseFile, IReadOnlyDictionary<string, string?>? settings = null, bool realConversations = false)
    {
        this.databaseFile = databaseFile ?? Path.Combine(Path.GetTempPath(), $"familyservices-bot-e2e-{Guid.NewGuid():N}.db");
        ownsDatabase = databaseFile is null;
        this.settings = settings ?? new Dictionary<string, string?>();
        RealConversations = realConversations;
        UseKestrel(0);
        StartServer();
    }

    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
        .First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Casework", $"Data Source={databaseFile}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("DirectLine:Secret", DirectLineSecret);
        // The browser and the load generator all come from 127.0.0.1.
        builder.UseSetting("Channels:RateLimits:NewConversationsPerMinute", "100000");
        builder.UseSetting("Channels:RateLimits:MessagesPerMinute", "100000");
        builder.UseSetting("Twilio:AuthToken", "end-to-end-auth-token");
        builder.UseSetting("Twilio:PublicBaseUrl", "https://families.example.org");
        builder.UseSetting("Twilio:ApiBaseUrl", "http://127.0.0.1:9");
        foreach (var (key, value) in settings)
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
        if (!ownsDatabase)
        {
            return;
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" })
        {
            File.Delete(file);
        }
    }
}

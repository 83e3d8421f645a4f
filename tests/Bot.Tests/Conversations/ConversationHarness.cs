using FamilyServices.Bot.Conversations;
using FamilyServices.Casework.Persistence;
using FamilyServices.Knowledge;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Bot.Tests.Conversations;

/// <summary>A clock the test moves by hand (for the 30-minute pause).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>
/// The conversation engine over its own SQLite file, as the app builds it. Restart() builds a new
/// engine over the same database, as a redeploy or a second instance would.
/// </summary>
public sealed class ConversationHarness : IAsyncDisposable
{
    /// <summary>A Tuesday at 10:00 in London: family workers are in.</summary>
    public static readonly DateTimeOffset OfficeHoursTuesday = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<KnowledgeBase> Content = new(() => KnowledgeBase.Load(KnowledgeBase.DefaultContentRoot));

    private readonly string databaseFile = Path.Combine(Path.GetTempPath(), $"familyservices-dialogs-{Guid.NewGuid():N}.db");
    private readonly Func<IAssistantKnowledge> knowledge;
    private ServiceProvider services = null!;

    private ConversationHarness(Func<IAssistantKnowledge> knowledge, DateTimeOffset start)
    {
        this.knowledge = knowledge;
        Clock = new ManualClock(start);
    }

    public ManualClock Clock { get; }
    public ITurnHandler Engine { get; private set; } = null!;
    public string Channel { get; set; } = "webchat";
    public string Address { get; set; } = "family-user-1";
    public string ConversationId { get; set; } = "conversation-1";

    /// <summary>The real content and router.</summary>
    public static IAssistantKnowledge RealKnowledge()
    {
        var store = new KnowledgeStore(Content.Value);
        return new KnowledgeAdapter(store, new Router(store));
    }

    public static async Task<ConversationHarness> StartAsync(Func<IAssistantKnowledge>? knowledge = null, DateTimeOffset? start = null)
    {
        var harness = new ConversationHarness(knowledge ?? RealKnowledge, start ?? OfficeHoursTuesday);
        await harness.BuildAsync();
        return harness;
    }

    public Task<TurnResult> SayAsync(string text, string? channelMessageId = null) =>
        Engine.HandleAsync(new IncomingMessage(Channel, Address, ConversationId, text, null, channelMessageId), CancellationToken.None);

    /// <summary>A new engine and service provider over the same database.</summary>
    public async Task RestartAsync()
    {
        await services.DisposeAsync();
        await BuildAsync();
    }

    public async Task<T> QueryAsync<T>(Func<CaseworkDbContext, Task<T>> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CaseworkDbContext>());
    }

    private async Task BuildAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Casework"] = $"Data Source={databaseFile}",
            ["Database:Provider"] = "Sqlite",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddOptions();
        collection.AddCaseworkDatabase(configuration);
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddSingleton(knowledge());
        collection.AddConversationEngine();
        services = collection.BuildServiceProvider();
        await services.MigrateCaseworkDatabaseAsync();
        Engine = services.GetRequiredService<ITurnHandler>();
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" })
        {
            File.Delete(file);
        }
    }
}

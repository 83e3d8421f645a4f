using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FamilyServices.Bot.Tests;

/// <summary>The assistant app in memory, over its own temporary SQLite database.</summary>
public class BotApplication : WebApplicationFactory<Program>
{
    private readonly string databaseFile = Path.Combine(Path.GetTempPath(), $"familyservices-bot-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={databaseFile}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Casework", ConnectionString);
        builder.UseSetting("Database:Provider", "Sqlite");
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

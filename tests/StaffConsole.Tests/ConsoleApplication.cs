using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FamilyServices.StaffConsole.Tests;

/// <summary>The staff console in memory, over its own temporary SQLite database.</summary>
public class ConsoleApplication : WebApplicationFactory<Program>
{
    private readonly string databaseFile = Path.Combine(Path.GetTempPath(), $"familyservices-console-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={databaseFile}";

    /// <summary>Development seeds the demo accounts and records; tests choose.</summary>
    public string Environment { get; init; } = "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
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

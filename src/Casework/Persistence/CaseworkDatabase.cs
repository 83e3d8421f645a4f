using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FamilyServices.Casework.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class CaseworkDatabase
{
    public const string DefaultSqliteConnection = "Data Source=data/familyservices.db";

    /// <summary>The one place the database provider is chosen, from Database:Provider and ConnectionStrings:Casework.</summary>
    public static IServiceCollection AddCaseworkDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Casework");
        services.AddSingleton(TimeProvider.System);
        // Pooled: a conversation turn takes a context or two, and building one costs more than its queries.
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Casework is empty.");
                }
                services.AddDbContextPool<CaseworkDbContext, PostgresCaseworkDbContext>(options => options.UsePostgresCasework(connectionString));
                break;
            default:
                var sqlite = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnection : connectionString;
                services.AddDbContextPool<CaseworkDbContext, SqliteCaseworkDbContext>(options => options.UseSqliteCasework(sqlite));
                break;
        }

        services.AddScoped<References.ReferenceNumbers>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static DbContextOptionsBuilder UseSqliteCasework(this DbContextOptionsBuilder options, string connectionString)
    {
        EnsureSqliteFolderExists(connectionString);
        return options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(CaseworkDbContext).Assembly.FullName))
            .AddInterceptors(SqliteTuning.Instance);
    }

    public static DbContextOptionsBuilder UsePostgresCasework(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString);

    /// <summary>Creates the database if needed and applies every migration; EF takes a lock so two apps starting together are safe.</summary>
    public static async Task MigrateCaseworkDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Both apps share the file: write-ahead logging lets the console read while the assistant writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static void EnsureSqliteFolderExists(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}

/// <summary>/health answers 200 only when the casework database answers.</summary>
internal sealed class DatabaseHealthCheck(CaseworkDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The casework database does not answer.");
}

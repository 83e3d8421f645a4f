using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FamilyServices.Casework.Tests;

/// <summary>
/// A fresh, migrated casework database on one provider: a temporary SQLite file, or a new
/// database on the PostgreSQL server named by FAMILYSERVICES_TEST_POSTGRES (CI starts one).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "FAMILYSERVICES_TEST_POSTGRES";

    private readonly string? sqliteFile;
    private readonly string? postgresAdmin;
    private readonly string? postgresDatabase;

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresAdmin, string? postgresDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFile = sqliteFile;
        this.postgresAdmin = postgresAdmin;
        this.postgresDatabase = postgresDatabase;
    }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Sqlite always; Postgres when a server is configured.</summary>
    public static TheoryData<DatabaseProvider> Providers()
    {
        var data = new TheoryData<DatabaseProvider> { DatabaseProvider.Sqlite };
        if (PostgresServer is not null)
        {
            data.Add(DatabaseProvider.Postgres);
        }
        return data;
    }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        TestDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"familyservices-test-{Guid.NewGuid():N}.db");
            database = new TestDatabase(provider, $"Data Source={file};Pooling=False", file, null, null);
        }
        else
        {
            var admin = PostgresServer ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
            var name = $"familyservices_test_{Guid.NewGuid():N}";
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
            database = new TestDatabase(provider, builder.ConnectionString, null, admin, name);
        }

        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <param name="connectionString">This database with other settings (a shorter timeout), else <see cref="ConnectionString"/>.</param>
    public CaseworkDbContext NewContext(string? connectionString = null)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var options = new DbContextOptionsBuilder<SqliteCaseworkDbContext>();
            options.UseSqliteCasework(connectionString ?? ConnectionString);
            return new SqliteCaseworkDbContext(options.Options);
        }
        else
        {
            var options = new DbContextOptionsBuilder<PostgresCaseworkDbContext>();
            options.UsePostgresCasework(connectionString ?? ConnectionString);
            return new PostgresCaseworkDbContext(options.Options);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (sqliteFile is not null)
        {
            foreach (var file in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }
        if (postgresAdmin is not null && postgresDatabase is not null)
        {
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

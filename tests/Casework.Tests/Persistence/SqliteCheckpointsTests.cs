using FamilyServices.Casework.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace FamilyServices.Casework.Tests.Persistence;

/// <summary>SQLite's write-ahead log copied into the database by the background service, not by a turn, and nothing lost on a crash.</summary>
public sealed class SqliteCheckpointsTests : IDisposable
{
    // Fewer pages (4 KB each) than SQLite's automatic checkpoint waits for: only the service copies them.
    private const int Writes = 200;

    private readonly string folder = Directory.CreateTempSubdirectory("familyservices-wal-").FullName;

    private string File(string name) => Path.Combine(folder, name);

    [Fact]
    public async Task Writes_reach_the_database_file_from_the_background_service_and_shutdown_empties_the_log()
    {
        var connectionString = $"Data Source={File("app.db")}";
        await using var app = await OpenAppAsync(connectionString);
        await WriteNotesAsync(app, Writes);

        Assert.Equal(0, NotesInDatabaseFileAlone("before"));

        var checkpoints = new SqliteCheckpoints(connectionString, TimeProvider.System, NullLogger<SqliteCheckpoints>.Instance, TimeSpan.FromMilliseconds(50));
        await checkpoints.StartAsync(default);
        var copied = 0;
        for (var attempt = 0; attempt < 100 && copied < Writes; attempt++)
        {
            await Task.Delay(100);
            copied = NotesInDatabaseFileAlone($"tick{attempt}");
        }
        Assert.Equal(Writes, copied);

        await checkpoints.StopAsync(default);
        Assert.Equal(0, new FileInfo(File("app.db-wal")).Length);
    }

    [Fact]
    public async Task What_was_committed_before_a_crash_is_read_after_reopening()
    {
        await using var app = await OpenAppAsync($"Data Source={File("app.db")}");
        await WriteNotesAsync(app, 50);

        // The files as a killed process leaves them: the log never checkpointed, connections never closed.
        foreach (var suffix in new[] { "", "-wal" })
        {
            System.IO.File.Copy(File("app.db" + suffix), File("crashed.db" + suffix));
        }
        await using var reopened = new SqliteConnection($"Data Source={File("crashed.db")};Pooling=False");
        await reopened.OpenAsync();
        await using var count = reopened.CreateCommand();
        count.CommandText = "SELECT count(*) FROM notes";
        Assert.Equal(50L, await count.ExecuteScalarAsync());
    }

    /// <summary>A context tuned as the apps' are, its connection held open as a running app holds its pool.</summary>
    private static async Task<CaseworkDbContext> OpenAppAsync(string connectionString)
    {
        var options = new DbContextOptionsBuilder<SqliteCaseworkDbContext>();
        options.UseSqliteCasework(connectionString);
        var db = new SqliteCaseworkDbContext(options.Options);
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; CREATE TABLE notes (id INTEGER PRIMARY KEY, body BLOB NOT NULL);");
        return db;
    }

    private static async Task WriteNotesAsync(CaseworkDbContext db, int count)
    {
        var body = new byte[4000];
        for (var i = 0; i < count; i++)
        {
            // One commit each, as turns are.
            await db.Database.ExecuteSqlRawAsync("INSERT INTO notes (body) VALUES ({0})", body);
        }
    }

    /// <summary>Rows a copy of the main file holds without its log: only what a checkpoint has copied there.</summary>
    private int NotesInDatabaseFileAlone(string copy)
    {
        var path = File($"{copy}.db");
        System.IO.File.Copy(File("app.db"), path);
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'notes'";
        if (command.ExecuteScalar() is 0L)
        {
            return 0;
        }
        command.CommandText = "SELECT count(*) FROM notes";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

using Microsoft.Data.Sqlite;

namespace FamilyServices.Bot.Tests.Resilience;

/// <summary>
/// Another process holding the SQLite file's write lock (a long migration, a backup, a stuck
/// transaction): BEGIN EXCLUSIVE on a connection of its own, until disposed.
/// </summary>
public sealed class DatabaseLock : IDisposable
{
    private readonly SqliteConnection _connection;

    private DatabaseLock(SqliteConnection connection) => _connection = connection;

    public static DatabaseLock Take(string databaseFile)
    {
        // Pooling off: the lock must end with this connection, not linger in a pool.
        var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN EXCLUSIVE;";
        begin.ExecuteNonQuery();
        return new DatabaseLock(connection);
    }

    /// <summary>A connection string that gives up on a lock after a second, so tests need not wait the default 30.</summary>
    public static string Impatient(string databaseFile) => $"Data Source={databaseFile};Default Timeout=1";

    public void Dispose()
    {
        using (var rollback = _connection.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK;";
            rollback.ExecuteNonQuery();
        }
        _connection.Dispose();
    }
}

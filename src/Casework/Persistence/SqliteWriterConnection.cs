using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace FamilyServices.Casework.Persistence;

/// <summary>
/// One long-lived connection per SQLite file for <see cref="DirectSave"/>, with each statement
/// prepared once and its parameters bound again per turn: a pooled connection parsed the SQL on
/// every save and queued on the pool's lock to open and close. Only used inside the file's writer
/// queue (<see cref="SqliteWriters"/>), so never by two turns at once. After a failed command it is
/// thrown away and opened afresh; left idle it is closed, so a file no longer used is let go.
/// </summary>
internal sealed class SqliteWriterConnection
{
    private static readonly ConcurrentDictionary<string, SqliteWriterConnection> Connections = new(StringComparer.Ordinal);

    private static readonly TimeSpan IdleFor = TimeSpan.FromSeconds(30);

    private readonly string connectionString;
    private readonly SemaphoreSlim queue;
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);
    private readonly Timer idle;
    private SqliteConnection? connection;
    private long lastUsed;

    private SqliteWriterConnection(string connectionString, SemaphoreSlim queue)
    {
        // Not pooled: when thrown away it must really close, not go back to the pool in whatever state it was.
        this.connectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        this.queue = queue;
        idle = new Timer(_ => CloseIfIdle(), null, IdleFor, IdleFor);
    }

    /// <summary>The connection for this file; the caller must hold <see cref="SqliteWriters.For"/>'s queue while using it.</summary>
    public static SqliteWriterConnection For(string connectionString) =>
        Connections.GetOrAdd(new SqliteConnectionStringBuilder(connectionString).DataSource, _ => new SqliteWriterConnection(connectionString, SqliteWriters.For(connectionString)));

    public SqliteConnection Open()
    {
        Interlocked.Exchange(ref lastUsed, Environment.TickCount64);
        if (connection is not null)
        {
            return connection;
        }
        var opened = new SqliteConnection(connectionString);
        opened.Open();
        using var tune = opened.CreateCommand();
        tune.CommandText = SqliteTuning.Pragmas;
        tune.ExecuteNonQuery();
        return connection = opened;
    }

    /// <summary>The command for this SQL, prepared the first time it is asked for.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = Open().CreateCommand();
            command.CommandText = sql;
            command.Prepare();
            commands.Add(sql, command);
        }
        return command;
    }

    /// <summary>After a failure nothing about the connection is trusted: the next save opens a new one.</summary>
    public void Discard()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }
        commands.Clear();
        connection?.Dispose();
        connection = null;
    }

    private void CloseIfIdle()
    {
        if (connection is null || Environment.TickCount64 - Interlocked.Read(ref lastUsed) < IdleFor.TotalMilliseconds || !queue.Wait(0))
        {
            return;
        }
        try
        {
            Discard();
        }
        finally
        {
            queue.Release();
        }
    }
}

using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FamilyServices.Casework.Persistence;

/// <summary>
/// With write-ahead logging, synchronous=NORMAL syncs the log at checkpoints instead of on every
/// commit: the many small writes of a conversation turn stop queueing behind the disk. A commit is
/// in the log (the OS's file cache) before the reply goes, so it survives a crash of the app; a power
/// cut or OS crash can lose the commits since the last checkpoint, never corrupt the file. SQLite
/// checkpoints itself when the log passes 1000 pages; a background checkpoint every 2 s and no
/// automatic ones was tried and measured worse (flat-out SMS 531 -> 72 turns/s; with automatic
/// ones off the log grew without bound while turns kept reading).
/// A busy timeout lets writers wait their turn.
/// Set once per pooled SQLite connection, not on every open (EF opens one per query).
/// </summary>
internal sealed class SqliteTuning : DbConnectionInterceptor
{
    public static readonly SqliteTuning Instance = new();

    private static readonly ConditionalWeakTable<object, object> Tuned = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Tune(connection);
        return Task.CompletedTask;
    }

    /// <summary>What every connection to the file is set to, pooled or the long-lived writer's.</summary>
    public const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA cache_size=-16384;";

    private static void Tune(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && Tuned.TryGetValue(handle, out _))
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        if (connection is SqliteConnection { Handle: { } opened })
        {
            Tuned.AddOrUpdate(opened, opened);
        }
    }
}

/// <summary>
/// One writer at a time per SQLite file in this process. SQLite takes one writer anyway; queueing
/// here, on an async lock, spares the others SQLite's busy handler, which sleeps a thread in
/// growing steps of milliseconds while it waits. Another process (the staff console) still meets
/// the busy timeout.
/// </summary>
internal static class SqliteWriters
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Locks = new(StringComparer.Ordinal);

    public static SemaphoreSlim For(string? connectionString) =>
        Locks.GetOrAdd(new SqliteConnectionStringBuilder(connectionString).DataSource, _ => new SemaphoreSlim(1, 1));
}

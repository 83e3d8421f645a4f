using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FamilyServices.Casework.Persistence;

/// <summary>
/// With write-ahead logging, synchronous=NORMAL keeps the database consistent through a crash of
/// the app and syncs at checkpoints instead of on every commit: the many small writes of a
/// conversation turn stop queueing behind the disk. A busy timeout lets writers wait their turn.
/// </summary>
internal sealed class SqliteTuning : DbConnectionInterceptor
{
    public static readonly SqliteTuning Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Tune(connection);
        return Task.CompletedTask;
    }

    private static void Tune(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";
        command.ExecuteNonQuery();
    }
}

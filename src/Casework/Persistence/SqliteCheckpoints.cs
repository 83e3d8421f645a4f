using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FamilyServices.Casework.Persistence;

/// <summary>
/// Copies the write-ahead log into the database file every few seconds, so that the commit that
/// crosses SQLite's 1000-page limit rarely has much left to copy and fsync itself. Automatic
/// checkpoints stay on: turned off, the log was never reset while turns kept reading, grew without
/// bound and flat-out SMS throughput fell from ~590 to 8 turns a second.
/// A passive checkpoint never waits for a reader or writer; at shutdown a truncating one empties the log.
/// </summary>
public sealed partial class SqliteCheckpoints(string connectionString, TimeProvider clock, ILogger<SqliteCheckpoints> logger, TimeSpan? interval = null)
    : BackgroundService
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval ?? DefaultInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckpointAsync("PASSIVE", stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync truncates the log.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await CheckpointAsync("TRUNCATE", cancellationToken);
    }

    private async Task CheckpointAsync(string mode, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA wal_checkpoint({mode});";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException failure)
        {
            // Busy (the other app checkpointing, a writer at shutdown): the log waits for the next tick.
            LogFailed(mode, failure.SqliteErrorCode);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "SQLite {Mode} checkpoint did not run (error {Code})")]
    private partial void LogFailed(string mode, int code);
}

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FamilyServices.Casework.Persistence;

/// <summary>
/// Copies the write-ahead log into the database file every few seconds, off any conversation turn.
/// The app's connections have automatic checkpoints off (see <see cref="SqliteTuning"/>): left on,
/// the commit that crossed 1000 pages did the copy and its fsync itself, a turn of ~10 ms now and then.
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

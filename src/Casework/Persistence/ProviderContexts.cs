using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Casework.Persistence;

// One subclass per provider so each keeps its own migrations (Migrations/Sqlite, Migrations/Postgres).
public sealed class SqliteCaseworkDbContext(DbContextOptions<SqliteCaseworkDbContext> options) : CaseworkDbContext(options)
{
    private SemaphoreSlim? writer;

    // Inside a transaction the caller already holds SQLite's write lock (or will take it): queueing here could deadlock.
    private SemaphoreSlim? Writer => Database.CurrentTransaction is null ? writer ??= SqliteWriters.For(Database.GetConnectionString()) : null;

    /// <summary>The queue <see cref="DirectSave"/> joins too: one writer at a time however it writes.</summary>
    internal SemaphoreSlim? WriterQueue => Writer;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var queue = Writer;
        queue?.Wait();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            queue?.Release();
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var queue = Writer;
        if (queue is not null)
        {
            await queue.WaitAsync(cancellationToken);
        }
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            queue?.Release();
        }
    }
}

public sealed class PostgresCaseworkDbContext(DbContextOptions<PostgresCaseworkDbContext> options) : CaseworkDbContext(options);

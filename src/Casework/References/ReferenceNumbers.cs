using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FamilyServices.Casework.References;

/// <summary>
/// Hands out the references families are given ("C-2026-000123"). One atomic upsert, so two
/// instances of the assistant never give the same number, on SQLite and PostgreSQL alike.
/// </summary>
public sealed class ReferenceNumbers(CaseworkDbContext db, TimeProvider clock, ILogger<ReferenceNumbers>? logger = null)
{
    public const string Complaint = "C";
    public const string Welfare = "W";
    public const string Handover = "H";
    public const string Case = "K";
    public const string ContactRequest = "R";

    public async Task<string> NextAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var year = clock.GetUtcNow().Year;
        // SQLite takes one writer at a time: this write joins the queue the saves of this process wait in,
        // rather than meeting one of them in SQLite's busy handler, which gives up after its timeout.
        var queue = (db as SqliteCaseworkDbContext)?.WriterQueue;
        if (queue is not null)
        {
            await queue.WaitAsync(cancellationToken);
        }
        try
        {
            // Both providers speak INSERT ... ON CONFLICT ... RETURNING with quoted identifiers.
            var numbers = await db.Database.SqlQuery<int>($"""
                INSERT INTO "ReferenceCounters" ("Prefix", "Year", "LastNumber") VALUES ({prefix}, {year}, 1)
                ON CONFLICT ("Prefix", "Year") DO UPDATE SET "LastNumber" = "ReferenceCounters"."LastNumber" + 1
                RETURNING "LastNumber" AS "Value"
                """).ToListAsync(cancellationToken);
            return Format(prefix, year, numbers.Single());
        }
        finally
        {
            queue?.Release();
        }
    }

    /// <summary>
    /// The next reference, or one from the record's id when the counter cannot be reached: what a family
    /// has just told us (a worry, a complaint) is saved and given a reference either way.
    /// </summary>
    public async Task<string> NextOrFallbackAsync(string prefix, Guid recordId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await NextAsync(prefix, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            (logger ?? NullLogger<ReferenceNumbers>.Instance).LogWarning(exception, "The {Prefix} reference counter failed; the record gets a reference from its id", prefix);
            return Fallback(prefix, recordId);
        }
    }

    public static string Format(string prefix, int year, int number) => $"{prefix}-{year}-{number:D6}";

    /// <summary>
    /// A reference for a record that must be saved even though the counter could not be reached
    /// ("W-2026-X7F3A9C1B"): from the record's own id, so it is unique without the counter, with an X
    /// where the counter's digits begin, so it is never a number the counter gives later.
    /// </summary>
    private string Fallback(string prefix, Guid id) =>
        $"{prefix}-{clock.GetUtcNow().Year}-X{id.ToString("N")[..8].ToUpperInvariant()}";
}

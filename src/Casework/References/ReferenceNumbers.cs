using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Casework.References;

/// <summary>
/// Hands out the references families are given ("C-2026-000123"). One atomic upsert, so two
/// instances of the assistant never give the same number, on SQLite and PostgreSQL alike.
/// </summary>
public sealed class ReferenceNumbers(CaseworkDbContext db, TimeProvider clock)
{
    public const string Complaint = "C";
    public const string Welfare = "W";
    public const string Handover = "H";
    public const string Case = "K";
    public const string ContactRequest = "R";

    public async Task<string> NextAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var year = clock.GetUtcNow().Year;
        // Both providers speak INSERT ... ON CONFLICT ... RETURNING with quoted identifiers.
        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO "ReferenceCounters" ("Prefix", "Year", "LastNumber") VALUES ({prefix}, {year}, 1)
            ON CONFLICT ("Prefix", "Year") DO UPDATE SET "LastNumber" = "ReferenceCounters"."LastNumber" + 1
            RETURNING "LastNumber" AS "Value"
            """).ToListAsync(cancellationToken);
        return Format(prefix, year, numbers.Single());
    }

    public static string Format(string prefix, int year, int number) => $"{prefix}-{year}-{number:D6}";
}

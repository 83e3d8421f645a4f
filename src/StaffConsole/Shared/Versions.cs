using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Shared;

/// <summary>Optimistic concurrency: a save is based on the version the worker's form was read at.</summary>
public static class Versions
{
    /// <summary>The save then succeeds only if nobody has saved the record since that version was read.</summary>
    public static void ExpectVersion<T>(this CaseworkDbContext db, T record, Guid versionRead) where T : class, IVersioned =>
        db.Entry(record).Property(r => r.Version).OriginalValue = versionRead;

    public static string ChangedBySomeoneElse(string record) =>
        $"Someone else changed this {record} while you had it open. Nothing you entered has been saved. Check the latest details below and try again.";

    /// <summary>Saves, or returns false when someone else saved first; the context is then cleared for a fresh read.</summary>
    public static async Task<bool> TrySaveAsync(this CaseworkDbContext db, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}

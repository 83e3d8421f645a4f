using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Casework.Persistence;

/// <summary>
/// The plain rows of one conversation turn (the conversation, its new messages, a channel's records of the
/// turn), kept out of EF's change tracker, whose bookkeeping for them cost more than writing them:
/// <see cref="DirectSave.SaveAsync"/> writes them itself, or, when the turn also changed something the tracker
/// holds (a case record), hands them to the tracker to be saved together in one transaction all the same.
/// </summary>
public sealed class TurnRows
{
    private readonly List<Row> _rows = [];

    internal IReadOnlyList<Row> All => _rows;

    /// <summary>A new row.</summary>
    public void Insert(object entity) => _rows.Add(new Row(entity, EntityState.Added, null));

    /// <summary>A row written whole over the one stored.</summary>
    public void Update(object entity) => _rows.Add(new Row(entity, EntityState.Modified, null));

    /// <summary>A versioned row written whole over the one stored, which must still have the version it was read with.</summary>
    public void Update(IVersioned entity, Guid readVersion) => _rows.Add(new Row(entity, EntityState.Modified, readVersion));

    /// <summary>The rows handed to the change tracker, as Add and Update would, without walking their graphs.</summary>
    public void Track(DbContext db)
    {
        foreach (var row in _rows)
        {
            var entry = db.Entry(row.Entity);
            entry.State = row.State;
            if (row.ReadVersion is { } version)
            {
                entry.Property(nameof(IVersioned.Version)).OriginalValue = version;
            }
        }
        _rows.Clear();
    }

    internal readonly record struct Row(object Entity, Microsoft.EntityFrameworkCore.EntityState State, Guid? ReadVersion);
}

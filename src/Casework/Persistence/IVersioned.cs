namespace FamilyServices.Casework.Persistence;

/// <summary>
/// A record two workers can edit at once. The version changes on every save, so a save based on
/// an older read is refused (DbUpdateConcurrencyException) instead of silently overwriting.
/// A Guid works the same on SQLite and PostgreSQL, unlike a provider row version.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}

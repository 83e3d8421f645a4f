using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Casework.Persistence;

/// <summary>
/// A compiled query for each provider's context: EF binds a compiled query to the first model it
/// runs with, and one process can hold both (tests run SQLite and PostgreSQL side by side).
/// </summary>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConcurrentDictionary<Type, TQuery> byContext = new();

    public TQuery For(DbContext db) => byContext.GetOrAdd(db.GetType(), _ => compile());
}

using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FamilyServices.Casework.Persistence;

/// <summary>
/// SaveChanges for the few plain rows of a conversation turn, without EF's update pipeline, which
/// cost more than the turn's own work: the INSERTs and UPDATEs, built once from the model (table and
/// column names, value converters, store-generated keys), sent as one command in one transaction on
/// the context's connection. The same guarantees as SaveChanges: all or nothing; an update of a
/// versioned row someone else saved meanwhile throws <see cref="DbUpdateConcurrencyException"/>; a
/// broken unique key throws <see cref="DbUpdateException"/> around the provider's error. Anything
/// else to save (another entity type, a delete, an owned or inherited type) is left to SaveChanges.
/// </summary>
public static class DirectSave
{
    private static readonly ConcurrentDictionary<(IEntityType Type, EntityState State, ulong Columns, int Position), Statement> Statements = new();

    /// <summary>Saves the tracked changes and returns true, or returns false having written nothing, for SaveChanges to do it.</summary>
    /// <param name="types">The entity types it may write; the caller knows they are plain rows.</param>
    public static async Task<bool> TrySaveAsync(this CaseworkDbContext db, IReadOnlySet<Type> types, CancellationToken cancellationToken)
    {
        var entries = new List<EntityEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.State)
            {
                case EntityState.Unchanged or EntityState.Detached:
                    continue;
                case EntityState.Added or EntityState.Modified when types.Contains(entry.Metadata.ClrType) && IsPlainRow(entry.Metadata):
                    entries.Add(entry);
                    continue;
                default:
                    return false;
            }
        }
        if (entries.Count == 0)
        {
            return true;
        }
        // Principals first (a conversation before its messages), as SaveChanges orders them.
        entries.Sort((a, b) => Depth(a.Metadata).CompareTo(Depth(b.Metadata)));

        var rows = new Pending[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Entity is IVersioned)
            {
                // As SaveChanges does (CaseworkDbContext.PrepareForSave), through the entry so the column is written.
                entries[i].Property(nameof(IVersioned.Version)).CurrentValue = Guid.NewGuid();
            }
            rows[i] = new Pending(entries[i], entries[i].Entity, null, StatementFor(db, entries[i], i));
            if (rows[i].Statement.Unsupported)
            {
                return false;
            }
        }

        await WriteAsync(db, rows, cancellationToken);
        db.ChangeTracker.AcceptAllChanges();
        return true;
    }

    /// <summary>
    /// Saves a turn's rows: written here when nothing else changed, otherwise handed to the change tracker
    /// and saved with everything else (by <see cref="TrySaveAsync"/> or SaveChanges), in one transaction either way.
    /// </summary>
    public static async Task SaveAsync(this CaseworkDbContext db, TurnRows turn, IReadOnlySet<Type> types, CancellationToken cancellationToken)
    {
        if (!db.ChangeTracker.HasChanges() && RowsOf(db, turn) is { } rows)
        {
            await WriteAsync(db, rows, cancellationToken);
            return;
        }
        turn.Track(db);
        if (!await db.TrySaveAsync(types, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The statements for the turn's rows, or null when one of them is not a plain row this class can write.</summary>
    private static Pending[]? RowsOf(CaseworkDbContext db, TurnRows turn)
    {
        var rows = new Pending[turn.All.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var (entity, state, readVersion) = turn.All[i];
            if (db.Model.FindEntityType(entity.GetType()) is not { } type || !IsPlainRow(type))
            {
                return null;
            }
            var properties = PropertiesOf(type);
            ulong columns = 0;
            for (var c = 0; c < properties.Length; c++)
            {
                var property = properties[c];
                // An update is checked against the version it was read with: the one concurrency token it knows the original of.
                if (property.IsShadowProperty() || (state == EntityState.Modified && property.IsConcurrencyToken && !property.IsPrimaryKey()
                    && (property.Name != nameof(IVersioned.Version) || entity is not IVersioned || readVersion is null)))
                {
                    return null;
                }
                var included = state == EntityState.Added
                    // A key the database generates is left out while it holds its CLR default, as EF's temporary value is.
                    ? property.ValueGenerated == ValueGenerated.Never || !IsDefault(property, entity)
                    : !property.IsPrimaryKey();
                if (included)
                {
                    columns |= 1UL << c;
                }
            }
            var statement = Statements.GetOrAdd((type, state, columns, i), key => Build(db.GetService<ISqlGenerationHelper>(), key.Type, key.State, key.Columns, key.Position));
            if (statement.Unsupported)
            {
                return null;
            }
            rows[i] = new Pending(null, entity, readVersion, statement);
        }
        foreach (var row in rows)
        {
            if (row.Entity is IVersioned versioned)
            {
                versioned.Version = Guid.NewGuid(); // as SaveChanges does (CaseworkDbContext.PrepareForSave)
            }
        }
        return rows;
    }

    private static bool IsDefault(IProperty property, object entity) =>
        property.GetGetter().HasSentinelValueUsingContainingEntity(entity);

    /// <summary>One row to write: through its tracked entry, or the entity itself (a turn's row).</summary>
    private readonly record struct Pending(EntityEntry? Entry, object Entity, Guid? ReadVersion, Statement Statement)
    {
        public object? Value(IProperty property, bool original) => Entry is { } entry
            ? original ? entry.Property(property).OriginalValue
                : property.IsShadowProperty() ? entry.Property(property).CurrentValue
                : property.GetGetter().GetClrValueUsingContainingEntity(Entity)
            : original ? ReadVersion
            : property.GetGetter().GetClrValueUsingContainingEntity(Entity);

        public void Generated(IProperty property, object value)
        {
            if (Entry is { } entry)
            {
                var key = entry.Property(property);
                key.CurrentValue = value;
                key.IsTemporary = false;
            }
            else if (property.PropertyInfo is { } info)
            {
                info.SetValue(Entity, value);
            }
            else
            {
                property.FieldInfo!.SetValue(Entity, value);
            }
        }
    }

    private static async Task WriteAsync(CaseworkDbContext db, Pending[] rows, CancellationToken cancellationToken)
    {
        var writer = db is SqliteCaseworkDbContext sqlite ? sqlite.WriterQueue : null;
        if (writer is null)
        {
            await WriteOverPooledConnectionAsync(db, rows, cancellationToken);
            return;
        }
        await writer.WaitAsync(cancellationToken);
        try
        {
            WriteSqlite(SqliteWriterConnection.For(db.Database.GetConnectionString()!), rows);
        }
        finally
        {
            writer.Release();
        }
    }

    private static async Task WriteOverPooledConnectionAsync(CaseworkDbContext db, Pending[] rows, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            var outer = db.Database.CurrentTransaction?.GetDbTransaction();
            var transaction = outer ?? await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                await ExecuteAsync(connection, transaction, rows, cancellationToken);
                if (outer is null)
                {
                    await transaction.CommitAsync(cancellationToken);
                }
            }
            catch (DbException e)
            {
                throw SaveFailed(e);
            }
            finally
            {
                if (outer is null)
                {
                    await transaction.DisposeAsync();
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// On SQLite's long-lived writer connection, one prepared command per statement (no round trip to
    /// save by batching them), the transaction's included; Microsoft.Data.Sqlite runs synchronously whatever the method's name.
    /// </summary>
    private static void WriteSqlite(SqliteWriterConnection writer, Pending[] rows)
    {
        try
        {
            // The transaction's own statements prepared once too, as SqliteTransaction would take the write lock
            // (BEGIN IMMEDIATE); a failure discards the connection, and closing it rolls the transaction back.
            writer.Open(); // marks it in use, so it is not closed as idle
            writer.Command("BEGIN IMMEDIATE;").ExecuteNonQuery();
            foreach (var row in rows)
            {
                var command = writer.Command(row.Statement.Sql);
                command.Parameters.Clear();
                Bind(command, row);
                using var reader = command.ExecuteReader();
                Written(reader.Read(), reader, row);
            }
            writer.Command("COMMIT;").ExecuteNonQuery();
        }
        catch (Exception e)
        {
            writer.Discard();
            if (e is DbException db)
            {
                throw SaveFailed(db);
            }
            throw;
        }
    }

    /// <summary>
    /// Every statement in one command (one round trip to PostgreSQL), each returning a row: the key the
    /// database gave an inserted row, or a 1 for a row written, so an update that matched nothing is seen.
    /// </summary>
    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, Pending[] rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = rows.Length == 1 ? rows[0].Statement.Sql : string.Join(";\n", rows.Select(r => r.Statement.Sql));
        foreach (var row in rows)
        {
            Bind(command, row);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        for (var e = 0; e < rows.Length; e++)
        {
            var found = (e == 0 || await reader.NextResultAsync(cancellationToken)) && await reader.ReadAsync(cancellationToken);
            Written(found, reader, rows[e]);
        }
    }

    /// <summary>As SaveChanges reports it: a broken unique key (a retried message already recorded) is an update failure.</summary>
    private static DbUpdateException SaveFailed(DbException e) =>
        new("An error occurred while saving the turn. See the inner exception for details.", e);

    private static void Bind(DbCommand command, Pending row)
    {
        var statement = row.Statement;
        for (var i = 0; i < statement.Parameters.Length; i++)
        {
            var (property, original) = statement.Parameters[i];
            command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, statement.Names[i], row.Value(property, original), property.IsNullable));
        }
    }

    /// <summary>The row the statement returned: the database's key for an inserted row, or proof the row was written.</summary>
    private static void Written(bool found, DbDataReader reader, Pending row)
    {
        if (!found)
        {
            // Someone else saved (or removed) this row since we read it: the caller runs its work again on fresh state.
            throw new DbUpdateConcurrencyException($"Expected to write one {row.Entity.GetType().Name} row but wrote none: it was saved elsewhere meanwhile.");
        }

        if (row.Statement.Generated is { } generated)
        {
            row.Generated(generated, Convert.ChangeType(reader.GetValue(0), generated.ClrType, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    // What the model says of an entity type, worked out once: every turn asks it of every row.
    private static readonly ConcurrentDictionary<IEntityType, (bool Plain, int Depth)> Shapes = new();

    private static bool IsPlainRow(IEntityType type) => ShapeOf(type).Plain;

    private static int Depth(IEntityType type) => ShapeOf(type).Depth;

    private static (bool Plain, int Depth) ShapeOf(IEntityType type) => Shapes.GetOrAdd(type, t => (
        !t.IsOwned() && t.BaseType is null && !t.GetDirectlyDerivedTypes().Any() && t.GetTableName() is not null
            && !t.GetComplexProperties().Any() && t.GetProperties().Count() <= 64,
        DepthOf(t, 8)));

    private static int DepthOf(IEntityType type, int limit) =>
        limit == 0 ? 0 : type.GetForeignKeys().Select(k => k.PrincipalEntityType).Where(p => p != type).Select(p => 1 + DepthOf(p, limit - 1)).DefaultIfEmpty(0).Max();

    /// <summary>The SQL for this entry's change, built once per entity type, state, set of columns and place in the batch (which names its parameters).</summary>
    private static Statement StatementFor(CaseworkDbContext db, EntityEntry entry, int position)
    {
        var type = entry.Metadata;
        var properties = PropertiesOf(type);
        ulong columns = 0;
        for (var i = 0; i < properties.Length; i++)
        {
            var property = properties[i];
            var included = entry.State == EntityState.Added
                // Only a key the database generates can hold a temporary value.
                ? property.ValueGenerated == ValueGenerated.Never || !entry.Property(property).IsTemporary
                : entry.Property(property).IsModified;
            if (included)
            {
                columns |= 1UL << i;
            }
        }
        return Statements.GetOrAdd((type, entry.State, columns, position), key => Build(db.GetService<ISqlGenerationHelper>(), key.Type, key.State, key.Columns, key.Position));
    }

    private static readonly ConcurrentDictionary<IEntityType, IProperty[]> Properties = new();

    private static IProperty[] PropertiesOf(IEntityType type) => Properties.GetOrAdd(type, t => [.. t.GetProperties()]);

    private static Statement Build(ISqlGenerationHelper sql, IEntityType type, EntityState state, ulong columns, int position)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var properties = PropertiesOf(type).ToList();
        var chosen = properties.Where((_, i) => (columns & (1UL << i)) != 0).ToList();
        var parameters = new List<(IProperty, bool)>();
        var names = new List<string>();
        string Column(IProperty p) => sql.DelimitIdentifier(p.GetColumnName(table)!);
        string Parameter(IProperty p, bool original)
        {
            parameters.Add((p, original));
            var name = $"s{position}p{parameters.Count - 1}";
            names.Add(sql.GenerateParameterName(name));
            return sql.GenerateParameterNamePlaceholder(name);
        }

        var text = new StringBuilder();
        if (state == EntityState.Added)
        {
            var generated = properties.Where(p => (columns & (1UL << properties.IndexOf(p))) == 0).ToList();
            // A default computed by the database other than the key is not read back here: leave it to SaveChanges.
            if (generated.Count > 1 || generated.Any(p => !p.IsPrimaryKey()) || chosen.Any(p => p.ValueGenerated != ValueGenerated.Never && !p.IsPrimaryKey()))
            {
                return Statement.NotSupported;
            }
            text.Append("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema))
                .Append(" (").AppendJoin(", ", chosen.Select(Column)).Append(") VALUES (")
                .AppendJoin(", ", chosen.Select(p => Parameter(p, false))).Append(')');
            text.Append(" RETURNING ").Append(generated.Count == 1 ? Column(generated[0]) : "1");
            return new Statement(text.ToString(), [.. parameters], [.. names], generated.SingleOrDefault(), false);
        }

        var key = type.FindPrimaryKey()!.Properties;
        var tokens = properties.Where(p => p.IsConcurrencyToken && !p.IsPrimaryKey()).ToList();
        // A null original would need IS NULL: rare enough to leave to SaveChanges.
        if (chosen.Count == 0 || chosen.Any(p => p.IsPrimaryKey()) || tokens.Any(p => p.IsNullable))
        {
            return Statement.NotSupported;
        }
        text.Append("UPDATE ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" SET ")
            .AppendJoin(", ", chosen.Select(p => Column(p) + " = " + Parameter(p, false)))
            // A key never changes: its current value is its original.
            .Append(" WHERE ").AppendJoin(" AND ", key.Select(p => Column(p) + " = " + Parameter(p, false)).Concat(tokens.Select(p => Column(p) + " = " + Parameter(p, true))))
            .Append(" RETURNING 1");
        return new Statement(text.ToString(), [.. parameters], [.. names], null, false);
    }

    private sealed record Statement(string Sql, (IProperty Property, bool Original)[] Parameters, string[] Names, IProperty? Generated, bool Unsupported)
    {
        public static readonly Statement NotSupported = new("", [], [], null, true);
    }
}

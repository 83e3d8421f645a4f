using System.Data.Common;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FamilyServices.Casework.Tests.Hosting;

/// <summary>
/// What the apps answer 503 for, on each provider: a write held up by another connection's lock is
/// "unavailable, try again"; a broken rule (a duplicate reference) is a fault and stays a 500.
/// </summary>
public class DatabaseUnavailableTests
{
    private static Escalation NewEscalation(string reference) => new()
    {
        Reference = reference, Kind = EscalationKind.WelfareConcern, Severity = Severity.Urgent, Category = "bullying",
        Summary = "He is being bullied on the wing.", RaisedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
    };

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_write_held_up_by_another_connections_lock_is_unavailable_and_a_broken_rule_is_not(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = database.NewContext())
        {
            first.Escalations.Add(NewEscalation("W-2026-000001"));
            await first.SaveChangesAsync();
        }

        await using (var holder = await LockAsync(database))
        {
            await using var blocked = database.NewContext(provider == DatabaseProvider.Sqlite
                ? database.ConnectionString + ";Default Timeout=1"
                : database.ConnectionString + ";Command Timeout=2");
            blocked.Escalations.Add(NewEscalation("W-2026-000002"));
            var locked = await Assert.ThrowsAnyAsync<Exception>(() => blocked.SaveChangesAsync());
            Assert.True(DatabaseUnavailable.IsCause(locked), locked.ToString());
        }

        await using var duplicate = database.NewContext();
        duplicate.Escalations.Add(NewEscalation("W-2026-000001"));
        var broken = await Assert.ThrowsAnyAsync<Exception>(() => duplicate.SaveChangesAsync());
        Assert.False(DatabaseUnavailable.IsCause(broken), broken.ToString());
    }

    /// <summary>Another connection holding the escalations table, as a long migration or a stuck transaction would.</summary>
    private static async Task<DbConnection> LockAsync(TestDatabase database)
    {
        DbConnection connection = database.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(database.ConnectionString)
            : new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = database.Provider == DatabaseProvider.Sqlite
            ? "BEGIN EXCLUSIVE;"
            : "BEGIN; LOCK TABLE \"Escalations\" IN ACCESS EXCLUSIVE MODE;";
        await command.ExecuteNonQueryAsync();
        return connection;
    }
}

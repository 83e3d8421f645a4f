using FamilyServices.Casework.Audit;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.References;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Casework.Tests.Persistence;

public class ConcurrencyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_second_worker_saving_over_an_escalation_they_read_before_a_change_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var escalation = new Escalation { Reference = "W-2026-000009", Severity = Severity.Urgent, RaisedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        await using (var db = database.NewContext())
        {
            db.Escalations.Add(escalation);
            await db.SaveChangesAsync();
        }

        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var firstCopy = await first.Escalations.SingleAsync(e => e.Id == escalation.Id);
        var secondCopy = await second.Escalations.SingleAsync(e => e.Id == escalation.Id);

        firstCopy.AssignedToUserId = "worker-a";
        firstCopy.Status = EscalationStatus.Acknowledged;
        await first.SaveChangesAsync();

        secondCopy.AssignedToUserId = "worker-b";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = database.NewContext();
        var stored = await check.Escalations.SingleAsync(e => e.Id == escalation.Id);
        Assert.Equal("worker-a", stored.AssignedToUserId);
        Assert.Equal(EscalationStatus.Acknowledged, stored.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_audit_entry_cannot_be_changed_or_deleted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var entry = new AuditEntry { At = DateTime.UtcNow, UserId = "u", UserName = "u", Action = "viewed", EntityType = "case", EntityId = "1" };
        db.AuditLog.Add(entry);
        await db.SaveChangesAsync();

        entry.Action = "nothing-to-see";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.Entry(entry).State = EntityState.Deleted;
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task References_given_at_the_same_moment_by_several_instances_are_all_different(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FixedClock(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));

        var references = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            await using var db = database.NewContext();
            // No retry: a family's worry must not meet a busy database when it asks for its reference.
            return await new ReferenceNumbers(db, clock).NextAsync(ReferenceNumbers.Complaint);
        }));

        Assert.Equal(20, references.Distinct().Count());
        Assert.Contains("C-2026-000001", references);
        Assert.Contains("C-2026-000020", references);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

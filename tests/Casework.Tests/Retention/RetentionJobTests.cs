using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Referrals;
using FamilyServices.Casework.Retention;
using FamilyServices.Casework.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilyServices.Casework.Tests.Retention;

public class RetentionJobTests
{
    private static readonly DateTime Now = new(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Records_past_their_retention_are_erased_and_counted_in_the_audit_log_while_open_work_is_kept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var settings = new RetentionSettings { ConversationDays = 30, ClosedEscalationDays = 60, ClosedCaseDays = 60, SurveyDays = 90 };
        var old = Now.AddDays(-400);

        var oldConversation = new Conversation { Channel = Channel.Sms, Address = "+447700900001", ExternalId = "+447700900001", StartedAt = old, LastActivityAt = old };
        oldConversation.Messages.Add(new ConversationMessage { Author = MessageAuthor.Family, Text = "old question", SentAt = old });
        var stillWorried = new Conversation { Channel = Channel.Sms, Address = "+447700900002", ExternalId = "+447700900002", StartedAt = old, LastActivityAt = old };
        var recent = new Conversation { Channel = Channel.WebChat, Address = "u1", ExternalId = "dl-1", StartedAt = Now.AddDays(-1), LastActivityAt = Now.AddDays(-1) };
        var closedCase = new Case { Reference = "K-2025-000001", PrisonerName = "Old Case", EstablishmentId = "leicester", Status = CaseStatus.Closed, OpenedAt = old, ClosedAt = old };
        var consent = new ConsentRecord { CaseId = closedCase.Id, GivenBy = "Old", Scope = "debt advice", GivenAt = old, RecordedByUserId = "w" };
        closedCase.Consents.Add(consent);
        var openCase = new Case { Reference = "K-2025-000002", PrisonerName = "Open Case", EstablishmentId = "leicester", OpenedAt = old };

        await using (var db = database.NewContext())
        {
            db.AddRange(oldConversation, stillWorried, recent, closedCase, openCase);
            db.Referrals.Add(new Referral { CaseId = closedCase.Id, ReferralServiceId = 3, ForWhom = "Old", Reason = "debt", ConsentRecordId = consent.Id, CreatedByUserId = "w", CreatedAt = old, UpdatedAt = old });
            db.Escalations.AddRange(
                new Escalation { Reference = "W-2025-000001", Status = EscalationStatus.Closed, RaisedAt = old, UpdatedAt = old },
                new Escalation { Reference = "W-2025-000002", Status = EscalationStatus.InProgress, ConversationId = stillWorried.Id, RaisedAt = old, UpdatedAt = old });
            db.SurveyResponses.AddRange(new SurveyResponse { SubmittedAt = old, Overall = 3 }, new SurveyResponse { SubmittedAt = Now.AddDays(-5), Overall = 5 });
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var erased = await new RetentionJob(db, Options.Create(settings), new FixedClock(Now)).EraseExpiredAsync();
            Assert.Equal(1, erased["conversations"]);
            Assert.Equal(1, erased["escalations"]);
            Assert.Equal(1, erased["cases"]);
            Assert.Equal(1, erased["survey responses"]);
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal(["+447700900002", "dl-1"], await db.Conversations.OrderBy(c => c.ExternalId).Select(c => c.ExternalId).ToListAsync());
            Assert.Empty(await db.ConversationMessages.ToListAsync());
            Assert.Equal("W-2025-000002", (await db.Escalations.SingleAsync()).Reference);
            Assert.Equal("Open Case", (await db.Cases.SingleAsync()).PrisonerName);
            Assert.Empty(await db.Referrals.ToListAsync());
            Assert.Empty(await db.ConsentRecords.ToListAsync());
            Assert.Equal(5, (await db.SurveyResponses.SingleAsync()).Overall);

            var audit = await db.AuditLog.SingleAsync();
            Assert.Equal("erased", audit.Action);
            Assert.Contains("1 conversations", audit.Detail);
            Assert.Contains("1 cases", audit.Detail);
        }
    }

    private sealed class FixedClock(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now);
    }
}

using FamilyServices.Casework.Audit;
using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Complaints;
using FamilyServices.Casework.ContactRequests;
using FamilyServices.Casework.ContentReview;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Establishments;
using FamilyServices.Casework.Outbox;
using FamilyServices.Casework.References;
using FamilyServices.Casework.Referrals;
using FamilyServices.Casework.Staff;
using FamilyServices.Casework.Surveys;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Casework.Persistence;

/// <summary>
/// The casework database both apps share. Provider-specific subclasses carry their own
/// migrations (see SqliteCaseworkDbContext, PostgresCaseworkDbContext).
/// </summary>
public class CaseworkDbContext(DbContextOptions options) : IdentityDbContext<StaffUser>(options)
{
    public DbSet<Establishment> Establishments => Set<Establishment>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<ConversationMessage> ConversationMessages => Set<ConversationMessage>();
    public DbSet<ContactPreference> ContactPreferences => Set<ContactPreference>();
    public DbSet<WebChatConversation> WebChatConversations => Set<WebChatConversation>();
    public DbSet<WebChatActivity> WebChatActivities => Set<WebChatActivity>();
    public DbSet<SmsSessionState> SmsSessions => Set<SmsSessionState>();
    public DbSet<SmsReceipt> SmsReceipts => Set<SmsReceipt>();
    public DbSet<Escalation> Escalations => Set<Escalation>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<SignificantOther> SignificantOthers => Set<SignificantOther>();
    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<ReferralService> ReferralServices => Set<ReferralService>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ContactRequest> ContactRequests => Set<ContactRequest>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<YouSaidWeDid> YouSaidWeDid => Set<YouSaidWeDid>();
    public DbSet<UnansweredQuestion> UnansweredQuestions => Set<UnansweredQuestion>();
    public DbSet<AnswerFeedback> AnswerFeedback => Set<AnswerFeedback>();
    public DbSet<ContentEdit> ContentEdits => Set<ContentEdit>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<StaffEstablishment> StaffEstablishments => Set<StaffEstablishment>();
    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();
    public DbSet<Hosting.DataProtectionKey> DataProtectionKeys => Set<Hosting.DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CaseworkDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // Every time is UTC; SQLite hands DateTime back without a kind, PostgreSQL insists on UTC.
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configuration.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareForSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareForSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void PrepareForSave()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit log is append-only: an entry cannot be changed or deleted.");
            }

            if (entry.Entity is IVersioned versioned && entry.State is EntityState.Added or EntityState.Modified)
            {
                versioned.Version = Guid.NewGuid();
            }
        }
    }
}

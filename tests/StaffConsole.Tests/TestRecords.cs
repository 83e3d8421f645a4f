using FamilyServices.Casework.Cases;
using FamilyServices.Casework.ContactRequests;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Referrals;

namespace FamilyServices.StaffConsole.Tests;

/// <summary>Records as the assistant or an earlier worker would have left them, written straight to the database.</summary>
public static class TestRecords
{
    private static int counter;

    private static string Next(string prefix) => $"{prefix}-2026-{Interlocked.Increment(ref counter) + 900000:D6}";

    public static async Task<Escalation> EscalationAsync(this ConsoleApplication app, string? establishment, Severity severity = Severity.Urgent,
        DateTime? raisedAt = null, Action<Escalation>? shape = null)
    {
        var escalation = new Escalation
        {
            Reference = Next("W"), Kind = EscalationKind.WelfareConcern, Severity = severity, Category = "bullying",
            PrisonerName = "Sam Test", PrisonNumber = "A0000AA", EstablishmentId = establishment, Summary = "He is being bullied on the wing.",
            RaisedAt = raisedAt ?? DateTime.UtcNow.AddMinutes(-5), UpdatedAt = DateTime.UtcNow, DetailsComplete = true,
        };
        shape?.Invoke(escalation);
        await app.WithDatabaseAsync(async db =>
        {
            db.Escalations.Add(escalation);
            await db.SaveChangesAsync();
        });
        return escalation;
    }

    /// <summary>An escalation from an SMS conversation, with the transcript that led to it.</summary>
    public static async Task<(Escalation Escalation, Conversation Conversation)> SmsEscalationAsync(this ConsoleApplication app, string establishment, string phone = "+447700900555")
    {
        var now = DateTime.UtcNow;
        var conversation = new Conversation
        {
            Channel = Channel.Sms, Address = phone, ExternalId = phone, EstablishmentId = establishment, StartedAt = now.AddMinutes(-10), LastActivityAt = now.AddMinutes(-9),
        };
        conversation.Messages.Add(new ConversationMessage { Author = MessageAuthor.Family, Text = "my brother is being threatened for money", SentAt = now.AddMinutes(-10) });
        conversation.Messages.Add(new ConversationMessage { Author = MessageAuthor.Assistant, Text = "Thank you for telling us. A family worker will be in touch.", SentAt = now.AddMinutes(-9) });
        await app.WithDatabaseAsync(async db =>
        {
            db.Conversations.Add(conversation);
            await db.SaveChangesAsync();
        });
        var escalation = await app.EscalationAsync(establishment, Severity.Urgent, now.AddMinutes(-9), e =>
        {
            e.ConversationId = conversation.Id;
            e.ContactChannel = Channel.Sms;
            e.ContactAddress = phone;
            e.Category = "debt";
            e.AdviceGiven = "The Safer Custody line";
        });
        return (escalation, conversation);
    }

    public static async Task<Case> CaseAsync(this ConsoleApplication app, string establishment, string name = "Daniel Test", Action<Case>? shape = null)
    {
        var record = new Case { Reference = Next("K"), PrisonerName = name, PrisonNumber = "B1111BB", EstablishmentId = establishment, OpenedAt = DateTime.UtcNow.AddDays(-3) };
        shape?.Invoke(record);
        await app.WithDatabaseAsync(async db =>
        {
            db.Cases.Add(record);
            await db.SaveChangesAsync();
        });
        return record;
    }

    public static async Task<(Case Case, ConsentRecord Consent)> CaseWithConsentAsync(this ConsoleApplication app, string establishment)
    {
        var consent = new ConsentRecord { GivenBy = "Karen Test", Scope = "Referral to debt advice", GivenAt = DateTime.UtcNow.AddDays(-1), RecordedByUserId = "system" };
        var record = await app.CaseAsync(establishment, shape: c =>
        {
            c.SignificantOthers.Add(new SignificantOther { Name = "Karen Test", Relationship = "mother", Phone = "+447700900777" });
            c.Consents.Add(consent);
        });
        return (record, consent);
    }

    public static async Task<Referral> ReferralAsync(this ConsoleApplication app, Case forCase, Guid? consentId = null)
    {
        var referral = new Referral
        {
            CaseId = forCase.Id, ReferralServiceId = 3, ForWhom = "Karen Test", Reason = "Debt worries", ConsentRecordId = consentId,
            Status = ReferralStatus.Sent, CreatedByUserId = "system", CreatedAt = DateTime.UtcNow, SentAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        };
        await app.WithDatabaseAsync(async db =>
        {
            db.Referrals.Add(referral);
            await db.SaveChangesAsync();
        });
        return referral;
    }

    public static async Task<ContactRequest> ContactRequestAsync(this ConsoleApplication app, string? establishment, Action<ContactRequest>? shape = null)
    {
        var request = new ContactRequest
        {
            Reference = Next("R"), Origin = ContactRequestOrigin.Family, PrisonerName = "Robert Test", PrisonNumber = "C2222CC", EstablishmentId = establishment,
            FamilyMemberName = "Susan Test", Relationship = "daughter", FamilyContactChannel = Channel.Sms, FamilyContactAddress = "+447700900888",
            RequesterConsentsToBeContacted = true, RequestedAt = DateTime.UtcNow.AddDays(-2), UpdatedAt = DateTime.UtcNow.AddDays(-2),
        };
        shape?.Invoke(request);
        await app.WithDatabaseAsync(async db =>
        {
            db.ContactRequests.Add(request);
            await db.SaveChangesAsync();
        });
        return request;
    }

    public static Task<int> AuditCountAsync(this ConsoleApplication app, string action, object entityId) =>
        app.WithDatabaseAsync(db => Task.FromResult(db.AuditLog.Count(a => a.Action == action && a.EntityId == entityId.ToString())));
}

using FamilyServices.Casework.Audit;
using FamilyServices.Casework.Persistence;
using FamilyServices.StaffConsole.Staff;

namespace FamilyServices.StaffConsole.Audit;

/// <summary>
/// Who viewed or changed what, and when. A change is added to the same save as the change itself,
/// so there is never a change without its entry; a view is saved at once.
/// </summary>
public sealed class AuditTrail(CaseworkDbContext db, CurrentStaff staff, TimeProvider clock)
{
    public static class Records
    {
        public const string Escalation = "escalation";
        public const string Case = "case";
        public const string Referral = "referral";
        public const string ContactRequest = "contact-request";
        public const string Complaint = "complaint";
        public const string StaffUser = "staff-user";
        public const string ReferralService = "referral-service";
        public const string Content = "content";
        public const string UnansweredQuestions = "unanswered-questions";
    }

    /// <summary>Adds the entry to the pending save: call before SaveChanges of the change it records.</summary>
    public void Changed(string action, string record, object id, string? establishmentId, string? detail = null) =>
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = staff.Id,
            UserName = staff.UserName,
            Action = action,
            EntityType = record,
            EntityId = id.ToString()!,
            EstablishmentId = establishmentId,
            Detail = detail,
        });

    public async Task ViewedAsync(string record, object id, string? establishmentId, CancellationToken cancellationToken = default)
    {
        Changed("viewed", record, id, establishmentId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

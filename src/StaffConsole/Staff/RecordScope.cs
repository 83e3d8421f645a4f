using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Complaints;
using FamilyServices.Casework.ContactRequests;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Referrals;

namespace FamilyServices.StaffConsole.Staff;

/// <summary>
/// The one place records are limited to the staff member's establishments. Every page reads
/// through it; a record of another establishment simply is not found (404), so its existence is
/// not revealed.
/// </summary>
public sealed class RecordScope(CaseworkDbContext db, CurrentStaff staff)
{
    private string[] Mine => staff.Establishments;

    /// <summary>
    /// An escalation whose establishment the family did not give is shown to every worker: a
    /// welfare concern must never be hidden from everyone while its prison is unknown.
    /// </summary>
    public IQueryable<Escalation> Escalations =>
        db.Escalations.Where(e => e.EstablishmentId == null || Mine.Contains(e.EstablishmentId));

    public IQueryable<Case> Cases => db.Cases.Where(c => Mine.Contains(c.EstablishmentId));

    /// <summary>A referral belongs to its case's establishment (a transfer takes it along).</summary>
    public IQueryable<Referral> Referrals =>
        db.Referrals.Where(r => db.Cases.Any(c => c.Id == r.CaseId && Mine.Contains(c.EstablishmentId)));

    /// <summary>Like escalations, a request with no establishment yet is shown to every worker.</summary>
    public IQueryable<ContactRequest> ContactRequests =>
        db.ContactRequests.Where(r => r.EstablishmentId == null || Mine.Contains(r.EstablishmentId));

    public IQueryable<Complaint> Complaints => db.Complaints.Where(c => Mine.Contains(c.EstablishmentId));

    public bool Covers(string? establishmentId) => establishmentId is not null && Mine.Contains(establishmentId);
}

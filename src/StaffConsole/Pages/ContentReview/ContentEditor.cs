using FamilyServices.Casework.ContentReview;
using FamilyServices.Casework.Persistence;
using FamilyServices.Knowledge;
using FamilyServices.Knowledge.Editing;
using FamilyServices.StaffConsole.Audit;
using FamilyServices.StaffConsole.Staff;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.ContentReview;

/// <summary>
/// Who may change which content, and the one way a change is made: checked against the rest of the content,
/// saved with its audit entry, and in use by the assistant within seconds.
/// Workers change their own establishments' facts and answers; the national facts and the wording every prison
/// shares are for managers, because a mistake there reaches every family.
/// </summary>
public sealed class ContentEditor(LiveContent live, CaseworkDbContext db, AuditTrail audit, CurrentStaff staff, TimeProvider clock)
{
    /// <summary>The establishment filter's value for content that is not about one prison.</summary>
    public const string National = "national";

    public KnowledgeBase Knowledge => live.Current;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Content is reviewed at least every quarter; older than that stands out.</summary>
    public bool ReviewDue(DateOnly lastReviewed) => lastReviewed < Today.AddMonths(-3);

    public Task RefreshAsync(CancellationToken cancellationToken) => live.RefreshAsync(cancellationToken);

    /// <summary>"national" or a missing value is null; an establishment the worker does not work for is not found.</summary>
    public bool TryScope(string? establishment, out string? establishmentId)
    {
        establishmentId = establishment is null or National ? null : establishment;
        return establishmentId is null || (staff.Establishments.Contains(establishmentId) && Knowledge.Establishment(establishmentId) is not null);
    }

    public bool CanChange(string? establishmentId) => establishmentId is null ? staff.IsManager : staff.Establishments.Contains(establishmentId);

    public IEnumerable<EstablishmentInfo> MyEstablishments => Knowledge.Establishments.Where(e => staff.Establishments.Contains(e.Id));

    public static string Value(string? establishmentId) => establishmentId ?? National;

    public ContentEdit Edit(ContentChangeKind kind, string? establishmentId, string? language, string key, string? value, string? source) => new()
    {
        Kind = kind, EstablishmentId = establishmentId, Language = language, Key = key, Value = value, Source = source?.Trim(),
        ByUserId = staff.Id, ByName = staff.UserName, At = clock.GetUtcNow().UtcDateTime,
    };

    /// <summary>Saves the changes together, or returns why they cannot be made (then nothing changes).</summary>
    public Task<string?> SaveAsync(IReadOnlyList<ContentEdit> edits, CancellationToken cancellationToken) =>
        live.SaveAsync(db, edits, () =>
        {
            foreach (var edit in edits)
            {
                audit.Changed(edit.Value is null ? "put back content" : "changed content", AuditTrail.Records.Content, edit.Id, edit.EstablishmentId, Describe(edit));
            }
        }, cancellationToken);

    /// <summary>Why the changes could not be made, or null when they could. Saves nothing.</summary>
    public Task<string?> CheckAsync(IReadOnlyList<ContentEdit> edits, CancellationToken cancellationToken) => live.CheckAsync(db, edits, cancellationToken);

    public Task<string?> ChangeAsync(ContentChangeKind kind, string? establishmentId, string? language, string key, string? value, string? source, CancellationToken cancellationToken) =>
        SaveAsync([Edit(kind, establishmentId, language, key, value, source)], cancellationToken);

    public static string Describe(ContentEdit edit) => edit.Kind switch
    {
        ContentChangeKind.Fact => $"fact {edit.Key}",
        ContentChangeKind.Reviewed => $"reviewed answer {edit.Key} ({edit.Language})",
        ContentChangeKind.ShortAnswer => $"text message wording of {edit.Key} ({edit.Language})",
        _ => $"web chat wording of {edit.Key} ({edit.Language})",
    };

    /// <summary>Undoes one edit: the value before it comes back (what the content files say, if nothing came before).</summary>
    public async Task<string?> PutBackAsync(ContentEdit edit, CancellationToken cancellationToken)
    {
        var before = (await History(edit.Kind, edit.EstablishmentId, edit.Language, edit.Key).ToListAsync(cancellationToken))
            .Where(e => e.At < edit.At).OrderBy(e => e.At).LastOrDefault();
        return await ChangeAsync(edit.Kind, edit.EstablishmentId, edit.Language, edit.Key, before?.Value, $"put back as before {edit.At:d MMMM yyyy HH:mm}", cancellationToken);
    }

    public IQueryable<ContentEdit> History(ContentChangeKind kind, string? establishmentId, string? language, string key) =>
        db.ContentEdits.AsNoTracking().Where(e => e.Kind == kind && e.EstablishmentId == establishmentId && e.Key == key && (language == null || e.Language == language));

    public Task<ContentEdit?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.ContentEdits.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
}

using FamilyServices.Casework.ContentReview;
using FamilyServices.Casework.Persistence;
using FamilyServices.Knowledge;
using FamilyServices.StaffConsole.Audit;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.ContentReview;

/// <summary>
/// What families asked that the assistant could not answer, similar questions together, most asked first; a group is
/// marked resolved once the content covers it. A question whose prison is not known is shown to every worker.
/// </summary>
public class UnansweredModel(ContentEditor editor, CaseworkDbContext db, CurrentStaff staff, AuditTrail audit, TimeProvider clock) : PageModel
{
    /// <summary>The newest open questions grouped on each visit; older ones wait until these are resolved.</summary>
    public const int Newest = 2000;

    [BindProperty(SupportsGet = true)]
    public string? Establishment { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    public KnowledgeBase Knowledge => editor.Knowledge;
    public IEnumerable<EstablishmentInfo> Establishments => editor.MyEstablishments;
    public IReadOnlyList<QuestionGroup> Groups { get; private set; } = [];
    public int Open => Groups.Sum(g => g.Count);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var open = await Mine().Where(q => q.ResolvedAt == null).OrderByDescending(q => q.AskedAt).Take(Newest).ToListAsync(cancellationToken);
        Groups = QuestionGroup.Of(open, Knowledge);
    }

    public async Task<IActionResult> OnPostResolveAsync(List<Guid> questions, CancellationToken cancellationToken)
    {
        var mine = Mine();
        var resolving = await mine.Where(q => questions.Contains(q.Id) && q.ResolvedAt == null).ToListAsync(cancellationToken);
        if (resolving.Count == 0)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var question in resolving)
        {
            question.ResolvedAt = now;
            question.ResolvedByUserId = staff.Id;
        }

        audit.Changed("resolved", AuditTrail.Records.UnansweredQuestions, resolving[0].Id, resolving[0].EstablishmentId, $"{resolving.Count} similar questions");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"{resolving.Count} {(resolving.Count == 1 ? "question" : "similar questions")} marked as resolved";
        return Redirect($"/ContentReview/Unanswered?establishment={Establishment}&language={Language}");
    }

    private IQueryable<UnansweredQuestion> Mine()
    {
        var establishments = staff.Establishments;
        var query = db.UnansweredQuestions.Where(q => q.EstablishmentId == null || establishments.Contains(q.EstablishmentId));
        if (!string.IsNullOrEmpty(Establishment))
        {
            query = query.Where(q => q.EstablishmentId == Establishment);
        }

        if (!string.IsNullOrEmpty(Language))
        {
            query = query.Where(q => q.Language == Language);
        }

        return query;
    }
}

using FamilyServices.Casework.Persistence;
using FamilyServices.Knowledge;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.ContentReview;

/// <summary>Families' answers to "Did this help?", per answer and language, least helpful first.</summary>
public class FeedbackModel(ContentEditor editor, CaseworkDbContext db, CurrentStaff staff) : PageModel
{
    public sealed record Row(string Intent, string Label, string Language, int Yes, int No)
    {
        public int Total => Yes + No;
        public int PercentHelped => Total == 0 ? 0 : (int)Math.Round(100.0 * Yes / Total);
    }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public string? Establishment { get; set; }

    public KnowledgeBase Knowledge => editor.Knowledge;
    public IEnumerable<EstablishmentInfo> Establishments => editor.MyEstablishments;
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var establishments = staff.Establishments;
        var query = db.AnswerFeedback.Where(f => f.EstablishmentId == null || establishments.Contains(f.EstablishmentId));
        if (!string.IsNullOrEmpty(Establishment))
        {
            query = Establishment == ContentEditor.National ? query.Where(f => f.EstablishmentId == null) : query.Where(f => f.EstablishmentId == Establishment);
        }

        var counts = await query.GroupBy(f => new { f.Intent, f.Language, f.Helpful })
            .Select(g => new { g.Key.Intent, g.Key.Language, g.Key.Helpful, Count = g.Count() })
            .ToListAsync(cancellationToken);
        Rows = counts.GroupBy(c => (c.Intent, c.Language))
            .Select(g => new Row(g.Key.Intent, Knowledge.Intents.Contains(g.Key.Intent) ? Knowledge.IntentLabel(g.Key.Intent, "en") : g.Key.Intent, g.Key.Language,
                g.Where(c => c.Helpful).Sum(c => c.Count), g.Where(c => !c.Helpful).Sum(c => c.Count)))
            .OrderBy(r => r.PercentHelped).ThenByDescending(r => r.Total).ThenBy(r => r.Label)
            .ToList();
    }

    public string LanguageName(string code) => Knowledge.Languages.Contains(code) ? Knowledge.Language(code).EnglishName : code;
}

using FamilyServices.Knowledge;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyServices.StaffConsole.Pages.ContentReview;

/// <summary>The assistant's answers for one establishment and language, with when each was last reviewed.</summary>
public class IndexModel(ContentEditor editor) : PageModel
{
    public sealed record Row(string Intent, string Label, DateOnly LastReviewed, bool ReviewDue, string Source);

    [BindProperty(SupportsGet = true)]
    public string? Establishment { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Language { get; set; } = "en";

    public string? EstablishmentId { get; private set; }
    public KnowledgeBase Knowledge => editor.Knowledge;
    public IEnumerable<EstablishmentInfo> Establishments => editor.MyEstablishments;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Due => Rows.Count(r => r.ReviewDue);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await editor.RefreshAsync(cancellationToken);
        Establishment ??= editor.MyEstablishments.FirstOrDefault()?.Id ?? ContentEditor.National;
        if (!editor.TryScope(Establishment, out var establishmentId) || !Knowledge.Languages.Contains(Language))
        {
            return NotFound();
        }

        EstablishmentId = establishmentId;
        Rows = Knowledge.Intents
            // Without a prison these answers only ask which prison: nothing to review.
            .Where(i => establishmentId is not null || !Knowledge.DependsOnEstablishment(i))
            .Select(i => (Intent: i, Answer: Knowledge.GetAnswer(i, Language, establishmentId)))
            .Select(a => new Row(a.Intent, Knowledge.IntentLabel(a.Intent, "en"), a.Answer.LastReviewed, editor.ReviewDue(a.Answer.LastReviewed), a.Answer.Source))
            .OrderByDescending(r => r.ReviewDue).ThenBy(r => r.LastReviewed).ThenBy(r => r.Label)
            .ToList();
        return Page();
    }
}

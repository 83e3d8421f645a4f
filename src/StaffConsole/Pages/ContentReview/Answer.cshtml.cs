using System.ComponentModel.DataAnnotations;
using FamilyServices.Casework.ContentReview;
using FamilyServices.Casework.Persistence;
using FamilyServices.Knowledge;
using FamilyServices.Knowledge.Answers;
using FamilyServices.Knowledge.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.ContentReview;

/// <summary>
/// One answer as a family reads it, by text message and in web chat, with its sources; mark it reviewed, change its
/// wording for this establishment (or, for managers, for every prison), and see and undo earlier changes.
/// </summary>
public class AnswerModel(ContentEditor editor, CaseworkDbContext db) : PageModel
{
    public sealed class WordingCommand
    {
        [Required(ErrorMessage = "Enter the text message answer")]
        [StringLength(2000, ErrorMessage = "The text message answer must be 2000 characters or fewer")]
        public string? Short { get; set; }

        [Required(ErrorMessage = "Enter the web chat answer")]
        [StringLength(4000, ErrorMessage = "The web chat answer must be 4000 characters or fewer")]
        public string? Full { get; set; }

        [Required(ErrorMessage = "Enter why you changed it or where the new wording comes from")]
        [StringLength(200, ErrorMessage = "The reason must be 200 characters or fewer")]
        public string? Source { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public string Intent { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Language { get; set; } = "en";

    [BindProperty(SupportsGet = true)]
    public string? Establishment { get; set; }

    public string? EstablishmentId { get; private set; }
    public KnowledgeBase Knowledge => editor.Knowledge;
    public Answer Answer { get; private set; } = null!;
    public LanguageProfile Profile => Knowledge.Language(Language);
    public string Label => Knowledge.IntentLabel(Intent, "en");
    public string EstablishmentName => Knowledge.Establishment(EstablishmentId)?.Name ?? "No prison given (national)";
    public bool ReviewDue => editor.ReviewDue(Answer.LastReviewed);
    public bool CanChange => editor.CanChange(EstablishmentId);
    public int Segments => SmsSegments.Count(Answer.Short);
    public (int Yes, int No) Feedback { get; private set; }
    public IReadOnlyList<ContentEdit> History { get; private set; } = [];
    public WordingCommand Wording { get; private set; } = new();
    public string Query => $"intent={Intent}&language={Language}&establishment={ContentEditor.Value(EstablishmentId)}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await editor.RefreshAsync(cancellationToken);
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var (shortText, fullText) = Knowledge.Wording(Intent, Language, EstablishmentId);
        Wording = new WordingCommand { Short = shortText, Full = fullText };
        return Page();
    }

    public async Task<IActionResult> OnPostReviewedAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!CanChange)
        {
            return Forbid();
        }

        var problem = await editor.ChangeAsync(ContentChangeKind.Reviewed, EstablishmentId, Language, Intent, "reviewed", "reviewed", cancellationToken);
        return Done(problem, $"{Label} marked as reviewed today");
    }

    public async Task<IActionResult> OnPostWordingAsync(WordingCommand wording, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!CanChange)
        {
            return Forbid();
        }

        Wording = wording;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (shortNow, fullNow) = Knowledge.Wording(Intent, Language, EstablishmentId);
        // Only what changed is saved, so the history shows what was edited; both are checked, then saved together.
        var shortEdit = Normalise(wording.Short!) == Normalise(shortNow) ? null
            : editor.Edit(ContentChangeKind.ShortAnswer, EstablishmentId, Language, Intent, wording.Short, wording.Source);
        var fullEdit = Normalise(wording.Full!) == Normalise(fullNow) ? null
            : editor.Edit(ContentChangeKind.FullAnswer, EstablishmentId, Language, Intent, wording.Full, wording.Source);
        if (shortEdit is null && fullEdit is null)
        {
            ModelState.AddModelError("wording.Short", "Nothing has changed: change the wording, or mark the answer as reviewed");
            return Page();
        }

        if (shortEdit is not null && await editor.CheckAsync([shortEdit], cancellationToken) is { } shortProblem)
        {
            ModelState.AddModelError("wording.Short", shortProblem);
            return Page();
        }

        if (await editor.SaveAsync([.. new[] { shortEdit, fullEdit }.OfType<ContentEdit>()], cancellationToken) is { } problem)
        {
            ModelState.AddModelError("wording.Full", problem);
            return Page();
        }

        return Done(null, $"{Label} changed: the assistant uses the new wording now");
    }

    public async Task<IActionResult> OnPostPutBackAsync(Guid edit, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var earlier = History.FirstOrDefault(e => e.Id == edit && e.Kind != ContentChangeKind.Reviewed && e.EstablishmentId == EstablishmentId);
        if (earlier is null)
        {
            return NotFound();
        }

        if (!CanChange)
        {
            return Forbid();
        }

        return Done(await editor.PutBackAsync(earlier, cancellationToken), $"{Label}: the wording before that change is back");
    }

    private IActionResult Done(string? problem, string success)
    {
        if (problem is not null)
        {
            ModelState.AddModelError("", problem);
            return Page();
        }

        TempData["Success"] = success;
        return Redirect($"/ContentReview/Answer?{Query}");
    }

    private static string Normalise(string text) => string.Join("\n", text.Replace("\r", "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (!editor.TryScope(Establishment, out var establishmentId) || !Knowledge.Intents.Contains(Intent) || !Knowledge.Languages.Contains(Language))
        {
            return false;
        }

        EstablishmentId = establishmentId;
        Answer = Knowledge.GetAnswer(Intent, Language, establishmentId);
        var wordingKinds = new[] { ContentChangeKind.ShortAnswer, ContentChangeKind.FullAnswer, ContentChangeKind.Reviewed };
        History = await db.ContentEdits.AsNoTracking()
            .Where(e => wordingKinds.Contains(e.Kind) && e.Key == Intent && e.Language == Language && (e.EstablishmentId == establishmentId || e.EstablishmentId == null))
            .ToListAsync(cancellationToken);
        History = History.Where(e => e.EstablishmentId == establishmentId || e.Kind != ContentChangeKind.Reviewed).OrderByDescending(e => e.At).ToList();
        var feedback = await db.AnswerFeedback.AsNoTracking()
            .Where(f => f.Intent == Intent && f.Language == Language && f.EstablishmentId == establishmentId)
            .GroupBy(f => f.Helpful).Select(g => new { Helpful = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        Feedback = (feedback.Where(f => f.Helpful).Sum(f => f.Count), feedback.Where(f => !f.Helpful).Sum(f => f.Count));
        return true;
    }
}

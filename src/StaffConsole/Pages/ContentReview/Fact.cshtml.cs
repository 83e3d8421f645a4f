using System.ComponentModel.DataAnnotations;
using FamilyServices.Casework.ContentReview;
using FamilyServices.Knowledge;
using FamilyServices.Knowledge.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.ContentReview;

/// <summary>Change one fact, see who changed it before, and undo a change.</summary>
public class FactModel(ContentEditor editor) : PageModel
{
    public sealed class FactCommand
    {
        [Required(ErrorMessage = "Enter the new value")]
        [StringLength(2000, ErrorMessage = "The value must be 2000 characters or fewer")]
        public string? Value { get; set; }

        [Required(ErrorMessage = "Enter where the new value comes from")]
        [StringLength(200, ErrorMessage = "Where it comes from must be 200 characters or fewer")]
        public string? Source { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public string? Establishment { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    public string? EstablishmentId { get; private set; }
    public Fact Fact { get; private set; } = null!;
    public string EstablishmentName => editor.Knowledge.Establishment(EstablishmentId)?.Name ?? "Every prison (national facts)";
    public FactCommand Change { get; private set; } = new();
    public IReadOnlyList<ContentEdit> History { get; private set; } = [];
    public string Query => $"establishment={ContentEditor.Value(EstablishmentId)}&name={Name}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await editor.RefreshAsync(cancellationToken);
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Change = new FactCommand { Value = FactText.Format(Fact) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(FactCommand change, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Change = change;
        if (ModelState.IsValid && await editor.ChangeAsync(ContentChangeKind.Fact, EstablishmentId, null, Name, change.Value, change.Source, cancellationToken) is { } problem)
        {
            ModelState.AddModelError("change.Value", problem);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = $"{FactsModel.Name(Name)} changed: the assistant uses the new value now";
        return Redirect($"/ContentReview/Fact?{Query}");
    }

    public async Task<IActionResult> OnPostPutBackAsync(Guid edit, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var earlier = History.FirstOrDefault(e => e.Id == edit);
        if (earlier is null)
        {
            return NotFound();
        }

        if (await editor.PutBackAsync(earlier, cancellationToken) is { } problem)
        {
            ModelState.AddModelError("", problem);
            return Page();
        }

        TempData["Success"] = $"{FactsModel.Name(Name)}: the value before that change is back";
        return Redirect($"/ContentReview/Fact?{Query}");
    }

    /// <summary>Null when the worker may change this fact; otherwise not found (not theirs) or forbidden (national, not a manager).</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!editor.TryScope(Establishment, out var establishmentId))
        {
            return NotFound();
        }

        EstablishmentId = establishmentId;
        var facts = establishmentId is null ? editor.Knowledge.NationalFacts : editor.Knowledge.Establishment(establishmentId)!.Facts;
        if (facts.GetValueOrDefault(Name) is not { } fact || !FactText.IsEditable(fact))
        {
            return NotFound();
        }

        if (!editor.CanChange(establishmentId))
        {
            return Forbid();
        }

        Fact = fact;
        History = (await editor.History(ContentChangeKind.Fact, establishmentId, null, Name).ToListAsync(cancellationToken)).OrderByDescending(e => e.At).ToList();
        return null;
    }
}

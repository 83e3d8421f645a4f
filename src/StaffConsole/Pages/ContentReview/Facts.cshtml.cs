using FamilyServices.Knowledge;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyServices.StaffConsole.Pages.ContentReview;

/// <summary>The facts the answers are built from (visiting sessions, phone numbers, opening hours) for one establishment or nationally.</summary>
public class FactsModel(ContentEditor editor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Establishment { get; set; }

    public string? EstablishmentId { get; private set; }
    public string EstablishmentName => editor.Knowledge.Establishment(EstablishmentId)?.Name ?? "Every prison (national facts)";
    public IEnumerable<EstablishmentInfo> Establishments => editor.MyEstablishments;
    public bool CanChange => editor.CanChange(EstablishmentId);
    public IReadOnlyList<Fact> Facts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await editor.RefreshAsync(cancellationToken);
        Establishment ??= editor.MyEstablishments.FirstOrDefault()?.Id ?? ContentEditor.National;
        if (!editor.TryScope(Establishment, out var establishmentId))
        {
            return NotFound();
        }

        EstablishmentId = establishmentId;
        var knowledge = editor.Knowledge;
        Facts = (establishmentId is null ? knowledge.NationalFacts.Values : knowledge.Establishment(establishmentId)!.Facts.Values
                // The national booking service is lent to prisons without their own line: it is changed with the national facts.
                .Where(f => !knowledge.NationalFacts.TryGetValue(f.Name, out var national) || !ReferenceEquals(national, f)))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        return Page();
    }

    public static string Name(string fact) => char.ToUpperInvariant(fact[0]) + fact[1..].Replace('_', ' ');
}

using FamilyServices.Casework.ContactRequests;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.ContactRequests;

/// <summary>Contact re-establishment requests, oldest first, so none waits forgotten.</summary>
public class IndexModel(RecordScope scope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool IncludeFinished { get; set; }

    public IReadOnlyList<ContactRequest> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = scope.ContactRequests.AsNoTracking();
        if (!IncludeFinished)
        {
            query = query.Where(r => r.Stage != ContactStage.Reestablished && r.Stage != ContactStage.NotPossible);
        }

        Requests = await query.OrderBy(r => r.RequestedAt).Take(200).ToListAsync(cancellationToken);
    }
}

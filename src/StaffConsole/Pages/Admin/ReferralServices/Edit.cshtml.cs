using System.ComponentModel.DataAnnotations;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Referrals;
using FamilyServices.StaffConsole.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.Admin.ReferralServices;

/// <summary>Add or change a service in the referral catalogue. Services are withdrawn, never deleted, so old referrals keep their name.</summary>
public class EditModel(CaseworkDbContext db, AuditTrail audit) : PageModel
{
    public sealed class Command
    {
        [Required(ErrorMessage = "Enter the service's name")]
        [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter what kind of help it gives, like debt or housing")]
        [StringLength(60, ErrorMessage = "The kind must be 60 characters or fewer")]
        public string? Kind { get; set; }

        [StringLength(200, ErrorMessage = "The contact must be 200 characters or fewer")]
        public string? Contact { get; set; }

        [StringLength(2000, ErrorMessage = "The description must be 2000 characters or fewer")]
        public string? Description { get; set; }

        public bool Active { get; set; } = true;
    }

    [BindProperty]
    public Command Input { get; set; } = new();

    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        Id = id;
        if (id is null)
        {
            return Page();
        }

        var service = await db.ReferralServices.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (service is null)
        {
            return NotFound();
        }

        Input = new Command { Name = service.Name, Kind = service.Kind, Contact = service.Contact, Description = service.Description, Active = service.Active };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        Id = id;
        var service = id is null ? null : await db.ReferralServices.SingleOrDefaultAsync(s => s.Id == id);
        if (id is not null && service is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (service is null)
        {
            // The catalogue is seeded with fixed ids, so PostgreSQL's identity would hand out 1 again: number it ourselves.
            var next = (await db.ReferralServices.MaxAsync(s => (int?)s.Id) ?? 0) + 1;
            service = new ReferralService { Id = next, Name = "", Kind = "" };
            db.ReferralServices.Add(service);
        }

        service.Name = Input.Name!.Trim();
        service.Kind = Input.Kind!.Trim();
        service.Contact = string.IsNullOrWhiteSpace(Input.Contact) ? null : Input.Contact.Trim();
        service.Description = string.IsNullOrWhiteSpace(Input.Description) ? null : Input.Description.Trim();
        service.Active = Input.Active;
        audit.Changed(id is null ? "created" : "changed", AuditTrail.Records.ReferralService, service.Id, null, $"{service.Name}{(service.Active ? "" : " (withdrawn)")}");
        await db.SaveChangesAsync();
        TempData["Success"] = $"{service.Name} saved";
        return RedirectToPage("/Admin/ReferralServices/Index");
    }
}

using System.ComponentModel.DataAnnotations;
using FamilyServices.Casework.Establishments;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Staff;
using FamilyServices.StaffConsole.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Pages.Admin.Users;

/// <summary>Change a staff member's role and establishments, unlock them, or stop them signing in.</summary>
public class EditModel(UserManager<StaffUser> users, CaseworkDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    public sealed class Command
    {
        [Required(ErrorMessage = "Choose their role")]
        public string? Role { get; set; }

        public List<string> Establishments { get; set; } = [];
    }

    [BindProperty]
    public Command Input { get; set; } = new();

    public StaffUser Member { get; private set; } = null!;
    public bool LockedOut { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input.Role = (await users.GetRolesAsync(Member)).FirstOrDefault();
        Input.Establishments = Member.Establishments.Select(e => e.EstablishmentId).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var known = Establishment.Known.Select(e => e.Id).ToHashSet();
        if (ModelState.IsValid && (Input.Establishments.Count == 0 || !Input.Establishments.All(known.Contains)))
        {
            ModelState.AddModelError("Input.Establishments", "Choose at least one establishment");
        }

        if (ModelState.IsValid && !StaffRoles.All.Contains(Input.Role))
        {
            ModelState.AddModelError("Input.Role", "Choose their role");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var current = await users.GetRolesAsync(Member);
        await users.RemoveFromRolesAsync(Member, current);
        await users.AddToRoleAsync(Member, Input.Role!);
        db.StaffEstablishments.RemoveRange(Member.Establishments.Where(e => !Input.Establishments.Contains(e.EstablishmentId)));
        foreach (var added in Input.Establishments.Where(e => Member.Establishments.All(m => m.EstablishmentId != e)))
        {
            db.StaffEstablishments.Add(new StaffEstablishment { StaffUserId = Member.Id, EstablishmentId = added });
        }

        audit.Changed("changed", AuditTrail.Records.StaffUser, Member.Id, null, $"{StaffRoleWords.For(Input.Role!)} at {string.Join(", ", Input.Establishments)}");
        await db.SaveChangesAsync();
        // Signs them out of other sessions soon, so the new access applies everywhere.
        await users.UpdateSecurityStampAsync(Member);
        TempData["Success"] = $"{Member.DisplayName}'s access changed";
        return RedirectToPage("/Admin/Users/Index");
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(Member, null);
        await users.ResetAccessFailedCountAsync(Member);
        audit.Changed("unlocked", AuditTrail.Records.StaffUser, Member.Id, null);
        await db.SaveChangesAsync();
        TempData["Success"] = $"{Member.DisplayName} can sign in again";
        return RedirectToPage("/Admin/Users/Index");
    }

    public async Task<IActionResult> OnPostDisableAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(Member, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(Member);
        audit.Changed("disabled", AuditTrail.Records.StaffUser, Member.Id, null);
        await db.SaveChangesAsync();
        TempData["Success"] = $"{Member.DisplayName} can no longer sign in";
        return RedirectToPage("/Admin/Users/Index");
    }

    private async Task<bool> LoadAsync(string id)
    {
        Member = (await db.Users.Include(u => u.Establishments).SingleOrDefaultAsync(u => u.Id == id))!;
        if (Member is null)
        {
            return false;
        }

        LockedOut = Member.LockoutEnd > clock.GetUtcNow();
        return true;
    }
}

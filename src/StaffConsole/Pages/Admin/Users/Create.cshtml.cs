using System.ComponentModel.DataAnnotations;
using FamilyServices.Casework.Establishments;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Staff;
using FamilyServices.StaffConsole.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyServices.StaffConsole.Pages.Admin.Users;

/// <summary>An administrator adds a staff account with its role, establishments and a first password.</summary>
public class CreateModel(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, CaseworkDbContext db, AuditTrail audit) : PageModel
{
    public sealed class Command
    {
        [Required(ErrorMessage = "Enter their name")]
        [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
        public string? DisplayName { get; set; }

        [Required(ErrorMessage = "Enter their email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Choose their role")]
        public string? Role { get; set; }

        public List<string> Establishments { get; set; } = [];

        [Required(ErrorMessage = "Enter a first password")]
        public string? Password { get; set; }
    }

    [BindProperty]
    public Command Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
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

        await StaffAccounts.EnsureRolesAsync(roles);
        StaffUser created;
        try
        {
            created = await StaffAccounts.CreateAsync(users, Input.Email!.Trim(), Input.DisplayName!.Trim(), Input.Password!, Input.Role!, Input.Establishments);
        }
        catch (InvalidOperationException refused)
        {
            ModelState.AddModelError("Input.Password", refused.Message.Split(": ", 2).Last());
            return Page();
        }

        audit.Changed("created", AuditTrail.Records.StaffUser, created.Id, null, $"{Input.Email} as {StaffRoleWords.For(Input.Role!)} at {string.Join(", ", Input.Establishments)}");
        await db.SaveChangesAsync();
        TempData["Success"] = $"Account for {Input.DisplayName} added. Give them their first password in person.";
        return RedirectToPage("/Admin/Users/Index");
    }
}

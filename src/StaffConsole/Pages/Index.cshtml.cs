using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyServices.StaffConsole.Pages;

/// <summary>Workers start at the triage queue: the most urgent work first.</summary>
public class IndexModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Triage/Index");
}

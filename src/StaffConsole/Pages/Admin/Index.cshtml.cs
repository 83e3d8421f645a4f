using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyServices.StaffConsole.Pages.Admin;

public class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}

using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyServices.StaffConsole.Pages.Account;

public class AccessDeniedModel : PageModel
{
    public void OnGet()
    {
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyServices.StaffConsole.Pages;

/// <summary>What a worker sees for a missing page, a refused request or a fault: plain words, no detail.</summary>
[IgnoreAntiforgeryToken]
public class StatusModel : PageModel
{
    public string Title { get; private set; } = "Sorry, there is a problem with the service";
    public string Explanation { get; private set; } = "Try again later. If a family is at risk, use your establishment's usual procedures now.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        if (code == 404)
        {
            Title = "Page not found";
            Explanation = "The record may not exist, or it belongs to an establishment you do not work for. Check the link or search again.";
        }
        else if (code == 503)
        {
            Title = "The service is busy";
            Explanation = "Nothing was saved. Wait a few seconds and try again. If a family is at risk, use your establishment's usual procedures now.";
        }
        else if (code == 400)
        {
            Title = "Your request could not be completed";
            Explanation = "The form may have been open too long. Go back, refresh the page and try again.";
        }
    }
}

using System.Security.Claims;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Staff;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Staff;

/// <summary>The signed-in staff member for this request, with the establishments they work for.</summary>
public sealed class CurrentStaff(IHttpContextAccessor http)
{
    private string[]? establishments;

    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public string Id => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Nobody is signed in.");
    public string UserName => User.Identity?.Name ?? Id;
    public bool IsManager => User.IsInRole(StaffRoles.Manager) || User.IsInRole(StaffRoles.Administrator);
    public bool IsAdministrator => User.IsInRole(StaffRoles.Administrator);

    /// <summary>Read from the database on every request, so a change by an administrator applies at once.</summary>
    public string[] Establishments =>
        establishments ?? throw new InvalidOperationException("The staff member's establishments are loaded by LoadCurrentStaffFilter before any page runs.");

    internal async Task LoadAsync(CaseworkDbContext db, CancellationToken cancellationToken)
    {
        if (establishments is not null)
        {
            return;
        }

        var id = User.FindFirstValue(ClaimTypes.NameIdentifier);
        establishments = id is null
            ? []
            : await db.StaffEstablishments.Where(e => e.StaffUserId == id).Select(e => e.EstablishmentId).ToArrayAsync(cancellationToken);
    }
}

/// <summary>Loads the staff member's establishments before a page handler runs, so every query can be scoped.</summary>
internal sealed class LoadCurrentStaffFilter(CurrentStaff staff, CaseworkDbContext db) : IAsyncPageFilter
{
    public async Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) =>
        await staff.LoadAsync(db, context.HttpContext.RequestAborted);

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // A post to a page with no handler for it would render the page without its record.
        if (context.HandlerMethod is null && !HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            context.Result = new Microsoft.AspNetCore.Mvc.StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await next();
    }
}

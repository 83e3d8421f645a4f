using FamilyServices.Casework.Staff;

namespace FamilyServices.StaffConsole.Pages.Admin.Users;

public static class StaffRoleWords
{
    public static string For(string role) => role switch
    {
        StaffRoles.FamilyWorker => "Family worker",
        StaffRoles.Manager => "Manager",
        StaffRoles.Administrator => "Administrator",
        _ => role,
    };

    public static IReadOnlyList<FamilyServices.StaffConsole.Shared.Choice> Choices { get; } = StaffRoles.All.Select(r => new FamilyServices.StaffConsole.Shared.Choice(r, For(r))).ToList();
}

using Microsoft.AspNetCore.Identity;

namespace FamilyServices.Casework.Staff;

public static class StaffAccounts
{
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>Creates a staff account with its role and establishments; throws with Identity's reasons when refused.</summary>
    public static async Task<StaffUser> CreateAsync(UserManager<StaffUser> users, string email, string displayName, string password, string role, IEnumerable<string> establishments)
    {
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        foreach (var establishment in establishments)
        {
            user.Establishments.Add(new StaffEstablishment { StaffUserId = user.Id, EstablishmentId = establishment });
        }

        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, role);
        return user;
    }
}

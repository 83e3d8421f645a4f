using FamilyServices.Casework.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Accounts;

/// <summary>
/// Outside Development there are no demo accounts: the first administrator is made with
/// <c>dotnet run --project src/StaffConsole -- create-admin EMAIL "NAME"</c>, the password read from
/// standard input (or CONSOLE_ADMIN_PASSWORD) so it never appears in a shell history.
/// </summary>
public static class CreateAdministratorCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output)
    {
        if (args.Length is < 1 or > 2 || !args[0].Contains('@'))
        {
            output.WriteLine("Usage: create-admin EMAIL [\"DISPLAY NAME\"]  (password on standard input or in CONSOLE_ADMIN_PASSWORD)");
            return 2;
        }

        var email = args[0];
        var name = args.Length == 2 ? args[1] : "Administrator";
        var password = Environment.GetEnvironmentVariable("CONSOLE_ADMIN_PASSWORD") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : input.ReadLine()?.Trim();
        if (string.IsNullOrEmpty(password))
        {
            output.WriteLine("No password given: write it on standard input or set CONSOLE_ADMIN_PASSWORD.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            output.WriteLine($"An account for {email} already exists.");
            return 1;
        }

        await StaffAccounts.EnsureRolesAsync(roles);
        var db = scope.ServiceProvider.GetRequiredService<FamilyServices.Casework.Persistence.CaseworkDbContext>();
        var establishments = await db.Establishments.Select(e => e.Id).ToListAsync();
        try
        {
            await StaffAccounts.CreateAsync(users, email, name, password, StaffRoles.Administrator, establishments);
        }
        catch (InvalidOperationException refused)
        {
            output.WriteLine(refused.Message);
            return 1;
        }

        output.WriteLine($"Administrator {email} created. Sign in to the console to add family workers and managers.");
        return 0;
    }
}

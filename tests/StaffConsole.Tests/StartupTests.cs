using System.Net;
using FamilyServices.Casework.Demo;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Staff;
using FamilyServices.StaffConsole.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.StaffConsole.Tests;

public class StartupTests
{
    [Fact]
    public async Task The_console_reports_healthy_when_its_database_answers()
    {
        await using var app = new ConsoleApplication();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_first_run_in_development_has_the_demo_staff_and_records()
    {
        await using var app = new ConsoleApplication { Environment = "Development" };
        app.CreateClient().Dispose();

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var leicester = await users.FindByEmailAsync("worker.leicester@demo.test");
        Assert.NotNull(leicester);
        Assert.True(await users.CheckPasswordAsync(leicester, DemoData.DefaultPassword));
        Assert.True(await users.IsInRoleAsync(leicester, StaffRoles.FamilyWorker));
        var manager = await users.Users.Include(u => u.Establishments).SingleAsync(u => u.Email == "manager@demo.test");
        Assert.Equal(3, manager.Establishments.Count);
        Assert.True(await users.IsInRoleAsync((await users.FindByEmailAsync("admin@demo.test"))!, StaffRoles.Administrator));

        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        Assert.True(await db.Escalations.CountAsync() >= 3);
        Assert.True(await db.Cases.AnyAsync());
        Assert.True(await db.Referrals.AnyAsync());
        Assert.True(await db.Complaints.AnyAsync());

        // A second start does not duplicate anything.
        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(DemoData.DefaultPassword);
        Assert.Equal(5, await users.Users.CountAsync());
        Assert.Equal(3, await db.Escalations.CountAsync());
    }

    [Fact]
    public async Task Outside_development_there_are_no_demo_accounts_and_the_first_administrator_is_made_by_a_command()
    {
        await using var app = new ConsoleApplication { Environment = "Production" };
        app.CreateClient().Dispose();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            Assert.Equal(0, await users.Users.CountAsync());
        }

        var output = new StringWriter();
        var weak = await CreateAdministratorCommand.RunAsync(app.Services, ["boss@prison.test", "Head of service"], new StringReader("short"), output);
        Assert.NotEqual(0, weak);
        Assert.Contains("Passwords must be at least 12 characters", output.ToString());

        var made = await CreateAdministratorCommand.RunAsync(app.Services, ["boss@prison.test", "Head of service"], new StringReader("A-long-enough-pass-1"), output);
        Assert.Equal(0, made);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var admin = await users.FindByEmailAsync("boss@prison.test");
            Assert.NotNull(admin);
            Assert.True(await users.IsInRoleAsync(admin, StaffRoles.Administrator));
        }
    }
}

using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.ManagementInformation;
using FamilyServices.Casework.Retention;
using FamilyServices.StaffConsole;
using FamilyServices.StaffConsole.Accounts;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddStaffAccounts();
builder.AddConsolePages();
builder.Services.AddRetention();
builder.Services.AddManagementInformation();

var app = builder.Build();
await app.Services.MigrateCaseworkDatabaseAsync();

if (args is ["create-admin", .. var adminArgs])
{
    return await CreateAdministratorCommand.RunAsync(app.Services, adminArgs, Console.In, Console.Out);
}

if (app.Environment.IsDevelopment())
{
    await app.SeedDemoDataAsync();
}

app.UseSecurityHeaders(SecurityHeaderPolicy.Console);
app.UseConsolePages();
app.MapDefaultEndpoints();
app.MapRazorPages();
await app.RunAsync();
return 0;

public partial class Program;

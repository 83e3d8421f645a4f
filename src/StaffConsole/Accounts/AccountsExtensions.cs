using FamilyServices.Casework.Demo;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Staff;
using Microsoft.AspNetCore.Identity;

namespace FamilyServices.StaffConsole.Accounts;

public static class AccountsExtensions
{
    /// <summary>Staff sign-in: strong passwords, lockout after repeated failures, sign-out after inactivity.</summary>
    public static WebApplicationBuilder AddStaffAccounts(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<StaffUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireLowercase = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<CaseworkDbContext>()
            .AddDefaultTokenProviders();

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/SignIn";
            options.LogoutPath = "/Account/SignOut";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(builder.Configuration.GetValue("StaffConsole:IdleSignOutMinutes", 20));
            options.SlidingExpiration = true;
            options.Cookie.Name = "familyservices.console";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // Every console cookie is HttpOnly and, over HTTPS, Secure; the anti-forgery one included.
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "familyservices.antiforgery";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.Configure<CookiePolicyOptions>(options =>
        {
            options.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always;
            options.Secure = CookieSecurePolicy.SameAsRequest;
        });

        builder.Services.AddScoped<DemoData>();
        return builder;
    }

    /// <summary>Development only: demo staff accounts and records, so a first run has something to show.</summary>
    public static async Task SeedDemoDataAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var password = app.Configuration["Demo:Password"] is { Length: > 0 } configured ? configured : DemoData.DefaultPassword;
        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(password);
    }
}

using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.Staff;
using FamilyServices.StaffConsole.Audit;
using FamilyServices.Casework.ContentReview;
using FamilyServices.Knowledge;
using FamilyServices.StaffConsole.Pages.ContentReview;
using FamilyServices.StaffConsole.Pages.Triage;
using FamilyServices.StaffConsole.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.FileProviders;

namespace FamilyServices.StaffConsole;

public static class ConsoleExtensions
{
    public const string Managers = "Managers";
    public const string Administrators = "Administrators";

    /// <summary>The console's pages: signed-in staff only, records scoped to their establishments, every view and change audited.</summary>
    public static WebApplicationBuilder AddConsolePages(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Managers, policy => policy.RequireRole(StaffRoles.Manager, StaffRoles.Administrator))
            .AddPolicy(Administrators, policy => policy.RequireRole(StaffRoles.Administrator));

        builder.Services
            .AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/");
                options.Conventions.AllowAnonymousToPage("/Account/SignIn");
                options.Conventions.AllowAnonymousToPage("/Account/TwoFactor");
                options.Conventions.AllowAnonymousToPage("/Status");
                options.Conventions.AuthorizeFolder("/Audit", Managers);
                options.Conventions.AuthorizeFolder("/Admin", Administrators);
            })
            .AddMvcOptions(options => options.Filters.Add<LoadCurrentStaffFilter>());

        // A worker removed or locked out by an administrator is signed out within a minute, not at the cookie's end.
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<CurrentStaff>();
        builder.Services.AddScoped<RecordScope>();
        builder.Services.AddScoped<StaffDirectory>();
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.AddScoped<ResponseTargets>();
        builder.Services.AddKnowledge(builder.Configuration);
        builder.Services.AddContentEdits(builder.Configuration);
        builder.Services.AddScoped<ContentEditor>();
        return builder;
    }

    public static WebApplication UseConsolePages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Status");
        }

        app.UseStatusCodePagesWithReExecute("/Status", "?code={0}");
        // The database busy or out of reach: 503 and the status page's "try again", not a fault page.
        app.UseBadRequestResponses(writeBody: false);
        app.UseDatabaseUnavailableResponses();
        app.Use(async (context, next) =>
        {
            // Pages hold personal data and are used on shared computers: never cached, never framed.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                if (!context.Request.Path.StartsWithSegments("/lib") && !context.Request.Path.StartsWithSegments("/assets") && !context.Request.Path.StartsWithSegments("/css"))
                {
                    headers.CacheControl = "no-store";
                }
                return Task.CompletedTask;
            });
            await next();
        });

        app.UseStaticFiles();
        // GOV.UK Frontend's css asks for its fonts and images at /assets.
        var assets = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "lib", "assets");
        if (Directory.Exists(assets))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(assets), RequestPath = "/assets" });
        }

        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Hosting;

namespace FamilyServices.Casework.Hosting;

/// <summary>The browser-facing protections of each app: content security policy, framing, sniffing, referrers, HSTS.</summary>
public sealed record SecurityHeaderPolicy(string ContentSecurityPolicy, string? FrameOptions)
{
    // GOV.UK Frontend's one inline script (it marks the page as having JavaScript), allowed by its hash.
    private const string GovukInlineScript = "'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='";

    /// <summary>The staff console: nothing from elsewhere, never in a frame.</summary>
    public static readonly SecurityHeaderPolicy Console = new(
        $"default-src 'self'; script-src 'self' {GovukInlineScript}; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
        "DENY");

    /// <summary>The families' web chat page: its own scripts and its own Direct Line socket; partners' pages may not frame it either.</summary>
    public static readonly SecurityHeaderPolicy Assistant = new(
        $"default-src 'self'; script-src 'self' {GovukInlineScript}; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self' ws: wss:; form-action 'self'; frame-ancestors 'self'; base-uri 'self'; object-src 'none'",
        "SAMEORIGIN");
}

public static class SecurityHeaders
{
    public static WebApplication UseSecurityHeaders(this WebApplication app, SecurityHeaderPolicy policy)
    {
        // Behind the TLS-terminating proxy, the original scheme decides HSTS and secure cookies.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        if (!app.Environment.IsDevelopment())
        {
            // Sent only over HTTPS, as the standard requires.
            app.UseHsts();
        }

        app.UseCookiePolicy();
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy.ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (policy.FrameOptions is not null)
            {
                headers.XFrameOptions = policy.FrameOptions;
            }
            return next(context);
        });
        return app;
    }
}

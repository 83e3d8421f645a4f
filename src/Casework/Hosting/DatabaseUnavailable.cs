using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FamilyServices.Casework.Hosting;

/// <summary>
/// The database busy, locked, or out of reach: the request is answered 503 with Retry-After, so
/// Twilio, Web Chat and a worker's browser try again, instead of a 500 that looks like a bug.
/// Nothing of the request was saved (each save is one transaction), so the retry starts clean.
/// </summary>
public static class DatabaseUnavailable
{
    public const int RetryAfterSeconds = 5;

    /// <summary>Whether the exception (or one inside it) says the database could not be reached or used just now.</summary>
    public static bool IsCause(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Busy, locked, cannot open, disk I/O, disk full, read-only (a file made unavailable).
                case SqliteException sqlite when sqlite.SqliteErrorCode is 5 or 6 or 8 or 10 or 13 or 14:
                    return true;
                // Connection refused or dropped, server shutting down, too many connections, lock or statement timeout.
                case NpgsqlException npgsql when npgsql.IsTransient || (npgsql is PostgresException p && (p.SqlState.StartsWith("08", StringComparison.Ordinal)
                    || p.SqlState.StartsWith("53", StringComparison.Ordinal) || p.SqlState.StartsWith("57P", StringComparison.Ordinal) || p.SqlState is "55P03" or "57014")):
                    return true;
                case DbException { IsTransient: true }:
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Answers a request that failed because the database was unavailable with 503 and Retry-After.
    /// <paramref name="writeBody"/> writes the polite words; without it the status code pages show them.
    /// </summary>
    public static IApplicationBuilder UseDatabaseUnavailableResponses(this IApplicationBuilder app, Func<HttpContext, Task>? writeBody = null) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception exception) when (IsCause(exception) && !context.Response.HasStarted)
            {
                // The route pattern, never the path or body: those can carry a phone number or a message.
                var endpoint = context.GetEndpoint() is RouteEndpoint route ? route.RoutePattern.RawText : context.GetEndpoint()?.DisplayName;
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseUnavailable))
                    .LogWarning("Database unavailable for {Method} {Endpoint} ({Error}); answered 503", context.Request.Method, endpoint ?? "(no endpoint)", Describe(exception));
                // Not Response.Clear(): that would drop the security headers already set.
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.Headers.CacheControl = "no-store";
                if (writeBody is not null)
                {
                    await writeBody(context);
                }
            }
        });

    /// <summary>The kind of failure without its message: a provider's message can quote the SQL's values.</summary>
    private static string Describe(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite:
                    return $"SQLite error {sqlite.SqliteErrorCode}";
                case PostgresException postgres:
                    return $"PostgreSQL {postgres.SqlState}";
                case NpgsqlException:
                    return e.GetType().Name;
            }
        }
        return exception.GetType().Name;
    }
}

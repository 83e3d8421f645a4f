// The issue's speed target, measured: with 10,000 open escalations and 100,000 cases in the
// database, the triage queue and a case page each render in under 200 ms at p95.
//
//   dotnet run -c Release --project tests/StaffConsole.Benchmarks [-- --requests 200]
//
// SQLite by default (a temporary file); set FAMILYSERVICES_TEST_POSTGRES to a server's admin
// connection string to measure PostgreSQL too. Requests go through the whole app in process
// (routing, sign-in cookie, anti-forgery, Razor rendering, EF, the audit entry a view writes).
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Demo;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Staff;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

const int OpenEscalations = 10_000;
const int ClosedEscalations = 5_000;
const int Cases = 100_000;
// WebApplicationFactory finds the console's content root (its wwwroot and pages) from this variable.
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_FAMILYSERVICES_STAFFCONSOLE", Path.Combine(RepositoryRoot(), "src", "StaffConsole"));
var requests = args.SkipWhile(a => a != "--requests").Skip(1).Select(int.Parse).FirstOrDefault(200);
// --keep leaves the SQLite file behind, to look at query plans.
var keep = args.Contains("--keep");

var targets = new List<(string Provider, string ConnectionString, Func<Task> Cleanup)>();
var sqliteFile = Path.Combine(Path.GetTempPath(), $"familyservices-benchmark-{Guid.NewGuid():N}.db");
targets.Add(("Sqlite", $"Data Source={sqliteFile}", () =>
{
    if (keep)
    {
        Console.WriteLine($"Kept {sqliteFile}");
        return Task.CompletedTask;
    }

    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    foreach (var file in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
    {
        File.Delete(file);
    }
    return Task.CompletedTask;
}));
if (Environment.GetEnvironmentVariable("FAMILYSERVICES_TEST_POSTGRES") is { Length: > 0 } admin)
{
    var name = $"familyservices_benchmark_{Guid.NewGuid():N}";
    await using (var connection = new NpgsqlConnection(admin))
    {
        await connection.OpenAsync();
        await new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection).ExecuteNonQueryAsync();
    }
    targets.Add(("Postgres", new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString, async () =>
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection).ExecuteNonQueryAsync();
    }));
}

foreach (var (provider, connectionString, cleanup) in targets)
{
    try
    {
        await using var app = new BenchmarkConsole(provider, connectionString);
        using var warm = app.CreateClient();
        var seeding = Stopwatch.StartNew();
        var caseIds = await SeedAsync(app);
        Console.WriteLine($"{provider}: seeded {OpenEscalations:N0} open and {ClosedEscalations:N0} closed escalations, {Cases:N0} cases in {seeding.Elapsed.TotalSeconds:N0} s");

        // The manager works for all three establishments: the biggest queue anyone sees.
        using var manager = await SignInAsync(app, "manager@demo.test");
        var random = new Random(6);
        var pages = new (string Name, Func<string> Url)[]
        {
            ("Triage queue", () => "/Triage"),
            ("Triage queue, filtered to urgent", () => "/Triage?Severity=Urgent"),
            ("Triage queue, page 50", () => "/Triage?PageNumber=50"),
            ("Triage search by prison number", () => $"/Triage?Search=A{random.Next(1000, 9999)}"),
            ("Case page", () => $"/Cases/Details/{caseIds[random.Next(caseIds.Count)]}"),
            ("Cases list", () => "/Cases"),
            ("Case search by name", () => $"/Cases?Search=Person {random.Next(1, Cases)}"),
        };

        Console.WriteLine($"{"page",-34} {"p50 ms",8} {"p95 ms",8} {"max ms",8}  ({requests} requests each after 20 to warm up)");
        foreach (var (name, url) in pages)
        {
            var timings = new List<double>();
            for (var i = 0; i < requests + 20; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await manager.GetAsync(url());
                var body = await response.Content.ReadAsStringAsync();
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{name}: {url()} answered {(int)response.StatusCode}");
                }
                if (i >= 20)
                {
                    timings.Add(elapsed);
                }
            }

            timings.Sort();
            Console.WriteLine($"{name,-34} {Percentile(timings, 0.50),8:N1} {Percentile(timings, 0.95),8:N1} {timings[^1],8:N1}");
        }
    }
    finally
    {
        await cleanup();
    }
}

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "FamilyServices.sln")))
        {
            return dir.FullName;
        }
    }
    throw new InvalidOperationException("Run from inside the repository.");
}

static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];

static async Task<List<Guid>> SeedAsync(BenchmarkConsole app)
{
    await using var scope = app.Services.CreateAsyncScope();
    var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
    await StaffAccounts.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
    foreach (var (email, name, role, worksFor) in DemoData.Accounts)
    {
        await StaffAccounts.CreateAsync(users, email, name, DemoData.DefaultPassword, role, worksFor);
    }

    var establishments = new[] { "leicester", "chelmsford", "littlehey" };
    var random = new Random(2026);
    var now = DateTime.UtcNow;
    var caseIds = new List<Guid>(Cases);
    const int batch = 5_000;
    for (var start = 0; start < Cases; start += batch)
    {
        await using var inner = app.Services.CreateAsyncScope();
        var db = inner.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = start; i < start + batch; i++)
        {
            var record = new Case
            {
                Reference = $"K-2026-{i + 1:D6}", PrisonerName = $"Person {i + 1}", PrisonNumber = $"A{1000 + i % 9000}{(char)('A' + i % 26)}{(char)('A' + i / 26 % 26)}",
                EstablishmentId = establishments[i % 3], Status = i % 5 == 0 ? CaseStatus.Closed : CaseStatus.Open, OpenedAt = now.AddDays(-random.Next(1, 2000)),
            };
            record.SignificantOthers.Add(new SignificantOther { Name = $"Relative {i + 1}", Relationship = "mother", Phone = $"+44770{i:D7}" });
            record.Notes.Add(new CaseNote { Text = "Spoke to the family about visits.", AuthorUserId = "system", WrittenAt = record.OpenedAt.AddDays(1) });
            record.Events.Add(new CaseEvent { At = record.OpenedAt, Kind = "opened", Description = "Case opened" });
            record.Consents.Add(new ConsentRecord { GivenBy = record.PrisonerName, Scope = "Share with the family worker team", GivenAt = record.OpenedAt, RecordedByUserId = "system" });
            db.Cases.Add(record);
            caseIds.Add(record.Id);
        }
        await db.SaveChangesAsync();
    }

    for (var start = 0; start < OpenEscalations + ClosedEscalations; start += batch)
    {
        await using var inner = app.Services.CreateAsyncScope();
        var db = inner.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = start; i < Math.Min(start + batch, OpenEscalations + ClosedEscalations); i++)
        {
            var open = i < OpenEscalations;
            var conversation = new Conversation
            {
                Channel = Channel.Sms, Address = $"+44771{i:D7}", ExternalId = $"+44771{i:D7}", StartedAt = now.AddMinutes(-i), LastActivityAt = now.AddMinutes(-i),
            };
            for (var m = 0; m < 6; m++)
            {
                conversation.Messages.Add(new ConversationMessage { Author = m % 2 == 0 ? MessageAuthor.Family : MessageAuthor.Assistant, Text = "A message in the conversation that led to the concern.", SentAt = now.AddMinutes(-i).AddSeconds(m) });
            }
            db.Conversations.Add(conversation);
            db.Escalations.Add(new Escalation
            {
                Reference = $"W-2026-{i + 1:D6}", Kind = i % 7 == 0 ? EscalationKind.Handover : EscalationKind.WelfareConcern, Severity = (Severity)(i % 3),
                Category = new[] { "self-harm", "bullying", "debt", "health", "silence" }[i % 5], PrisonerName = $"Person {random.Next(1, Cases)}",
                PrisonNumber = $"A{1000 + i % 9000}BC", EstablishmentId = establishments[i % 3], Summary = "Worried about him.", ContactChannel = Channel.Sms,
                ContactAddress = conversation.Address, ConversationId = conversation.Id, CaseId = i % 4 == 0 ? caseIds[i] : null,
                Status = open ? (EscalationStatus)(i % 4) : EscalationStatus.Closed, RaisedAt = now.AddMinutes(-random.Next(1, 60 * 24 * 30)), UpdatedAt = now, DetailsComplete = true,
            });
        }
        await db.SaveChangesAsync();
    }

    return caseIds;
}

static async Task<HttpClient> SignInAsync(BenchmarkConsole app, string email)
{
    var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
    var form = await client.GetStringAsync("/Account/SignIn");
    var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    var response = await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Input.Email"] = email, ["Input.Password"] = DemoData.DefaultPassword, ["__RequestVerificationToken"] = token,
    }));
    return response.StatusCode == HttpStatusCode.Redirect ? client : throw new InvalidOperationException($"Could not sign in as {email}.");
}

internal sealed class BenchmarkConsole(string provider, string connectionString) : WebApplicationFactory<FamilyServices.StaffConsole.Staff.CurrentStaff>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Casework", connectionString);
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}

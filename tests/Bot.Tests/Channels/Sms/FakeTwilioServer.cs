using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FamilyServices.Bot.Tests.Channels.Sms;

/// <summary>
/// Twilio's Messages.json on loopback: it records every request and answers each according to a
/// script per recipient ("500,500,201" fails twice, then accepts), so retries can be proved. What it
/// accepted it keeps, and lists on GET Messages.json as Twilio does, so a double send shows.
/// </summary>
public sealed class FakeTwilioServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _scripts = new();

    public sealed record Recorded(string Path, string? Authorization, IReadOnlyDictionary<string, string> Form);

    public ConcurrentQueue<Recorded> Requests { get; } = new();

    public sealed record Accepted(string Sid, string To, string From, string Body, DateTimeOffset DateCreated);

    /// <summary>Every message it accepted, whether or not the caller heard the answer.</summary>
    public ConcurrentQueue<Accepted> AcceptedMessages { get; } = new();

    /// <summary>How long an accepted text waits before its answer: a sender that dies meanwhile never hears it was sent.</summary>
    public TimeSpan AnswerDelay { get; set; }

    /// <summary>How many times the message list was read.</summary>
    public int Lookups => _lookups;

    private int _lookups;

    public string BaseUrl { get; }

    private FakeTwilioServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public static async Task<FakeTwilioServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeTwilioServer? server = null;
        app.MapPost("/2010-04-01/Accounts/{account}/Messages.json", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString());
            server!.Requests.Enqueue(new Recorded(context.Request.Path, context.Request.Headers.Authorization.ToString(), fields));
            var step = server._scripts.TryGetValue(fields.GetValueOrDefault("To", ""), out var script) && script.TryDequeue(out var next) ? next : "201";
            Accepted Accept()
            {
                var accepted = new Accepted("SM" + Guid.NewGuid().ToString("N"), fields.GetValueOrDefault("To", ""), fields.GetValueOrDefault("From", ""), fields.GetValueOrDefault("Body", ""), DateTimeOffset.UtcNow);
                server!.AcceptedMessages.Enqueue(accepted);
                return accepted;
            }
            switch (step)
            {
                case "accept-late":
                    // Accepted, but the answer comes after the caller has given up: the double-send risk.
                    var late = Accept();
                    await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
                    return Results.Json(new { sid = late.Sid, status = "queued" }, statusCode: 201);
                case "hang":
                    await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
                    return Results.StatusCode(504);
                case "21610":
                    return Results.Json(new { code = 21610, message = "Attempt to send to unsubscribed recipient", more_info = "https://www.twilio.com/docs/errors/21610", status = 400 }, statusCode: 400);
                case "21211":
                    return Results.Json(new { code = 21211, message = "Invalid 'To' Phone Number", status = 400 }, statusCode: 400);
                case "500":
                    return Results.Json(new { code = 20500, message = "Internal Server Error", status = 500 }, statusCode: 500);
                default:
                    var accepted = Accept();
                    await Task.Delay(server!.AnswerDelay, context.RequestAborted);
                    return Results.Json(new { sid = accepted.Sid, status = "queued", num_segments = "1" }, statusCode: 201);
            }
        });
        app.MapGet("/2010-04-01/Accounts/{account}/Messages.json", (string? To, string? From) =>
        {
            Interlocked.Increment(ref server!._lookups);
            return Results.Json(new
            {
            messages = server.AcceptedMessages
                .Where(m => (To is null || m.To == To) && (From is null || m.From == From))
                .OrderByDescending(m => m.DateCreated)
                .Select(m => new { sid = m.Sid, to = m.To, from = m.From, body = m.Body, status = "sent", date_created = m.DateCreated.ToString("r", System.Globalization.CultureInfo.InvariantCulture) }),
            });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FakeTwilioServer(app, address);
        return server;
    }

    public void Script(string to, params string[] steps) => _scripts[to] = new ConcurrentQueue<string>(steps);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

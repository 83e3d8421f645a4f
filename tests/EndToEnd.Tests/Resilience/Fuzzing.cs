using System.Collections.Concurrent;
using System.Net;
using FamilyServices.EndToEnd.Tests.Channels;

namespace FamilyServices.EndToEnd.Tests.Resilience;

/// <summary>
/// Runs numbered fuzz cases against the real app on loopback, a few at a time, and collects every
/// answer that breaks the rules so one failure lists the cases (and their seeds) to replay.
/// </summary>
public sealed class Fuzzing(LiveBot bot)
{
    public const int Parallelism = 4;

    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentDictionary<int, int> _statuses = new();

    public HttpClient Client { get; } = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        // Long enough that the server, not the clock, decides whether a body is sent after "Expect: 100-continue".
        Expect100ContinueTimeout = TimeSpan.FromSeconds(30),
    })
    {
        BaseAddress = new Uri(bot.BaseUrl),
        Timeout = TimeSpan.FromSeconds(60),
    };

    public IReadOnlyDictionary<int, int> Statuses => _statuses;

    /// <summary>Case <c>i</c> gets <c>new HostileInput(seed + i)</c>: the same input every run.</summary>
    public async Task RunAsync(int seed, int cases, Func<int, HostileInput, Task<(string Description, HttpResponseMessage Response)>> send, Func<HttpResponseMessage, string, string?> check,
        Func<string, bool>? expectOk = null)
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, cases), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, _) =>
        {
            var (description, response) = await send(i, new HostileInput(seed + i));
            using (response)
            {
                var body = await response.Content.ReadAsStringAsync();
                _statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                var broken = (int)response.StatusCode >= 500 ? "a server error"
                    : expectOk?.Invoke(description) == true && !response.IsSuccessStatusCode ? "refused, but the request was sound"
                    : check(response, body);
                if (broken is not null)
                {
                    _failures.Enqueue($"case {seed + i} ({description}): {(int)response.StatusCode} {broken}; body: {Shorten(body)}");
                }
            }
        });
    }

    public void AssertNoFailures() =>
        Assert.True(_failures.IsEmpty, $"{_failures.Count} cases broke the rules; statuses {Summary()}:\n" + string.Join("\n", _failures.Take(8)));

    public string Summary() => string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));

    /// <summary>Null when a refusal is one of the expected statuses and says why in words.</summary>
    public static string? ClearRefusal(HttpResponseMessage response, string body, params HttpStatusCode[] allowed)
    {
        if (!allowed.Contains(response.StatusCode))
        {
            return $"not one of {string.Join(", ", allowed.Select(a => (int)a))}";
        }
        return response.StatusCode == HttpStatusCode.BadRequest && body.Trim().Length < 10 ? "a 400 without a reason" : null;
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}

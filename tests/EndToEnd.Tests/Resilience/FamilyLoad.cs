using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FamilyServices.Bot.Channels.Sms;
using Microsoft.Extensions.Primitives;

namespace FamilyServices.EndToEnd.Tests.Resilience;

/// <summary>
/// Many families at once, half texting (Twilio's signed webhook) and half on web chat (Direct Line
/// post, then poll), each sending its next message a moment after its reply. Some tell us of a
/// welfare concern. A message that gets no answer is sent again, as Twilio retries a webhook (same
/// MessageSid) and as a family presses send again, until the run's deadline.
/// </summary>
public sealed class FamilyLoad(Func<string> baseUrl, int families, TimeSpan thinkMin, TimeSpan thinkMax)
{
    public const string Disclosure = "my brother said he will hang himself";

    /// <summary>Questions that are no welfare concern, in three of our languages.</summary>
    private static readonly string[] Questions =
    [
        "what are the visiting times at Leicester?",
        "Kiedy mogę odwiedzić męża?",
        "ما هي الهوية المطلوبة؟",
        "how do I send money to my son?",
    ];

    private readonly HttpClient http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = families,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(2),
    })
    {
        // Twilio gives a webhook 15 seconds (below); a browser waits longer for a post.
        Timeout = TimeSpan.FromSeconds(60),
    };

    public sealed record Answered(string MessageId, double Milliseconds);

    public sealed class Family(int index, string channel)
    {
        public int Index { get; } = index;

        /// <summary>"sms" or "webchat".</summary>
        public string Channel { get; } = channel;

        /// <summary>The phone number, or the Direct Line conversation id.</summary>
        public string ExternalId { get; set; } = "";

        /// <summary>Every fifth family tells us of a welfare concern in its second message.</summary>
        public bool Discloses => Index % 5 == 0;

        public bool DisclosureAnswered { get; set; }

        public List<Answered> Answers { get; } = [];

        /// <summary>Messages given up on at the deadline, never answered.</summary>
        public int Unanswered { get; set; }

        public List<string> Errors { get; } = [];
    }

    public IReadOnlyList<Family> Families { get; } =
        [.. Enumerable.Range(0, families).Select(i => new Family(i, i % 2 == 0 ? "sms" : "webchat"))];

    private int answered;

    /// <summary>Messages answered so far, over both channels.</summary>
    public int AnsweredCount => Volatile.Read(ref answered);

    /// <summary>Waits until <paramref name="count"/> messages in all have been answered, or <paramref name="timeout"/>.</summary>
    public async Task WhenAnsweredAsync(int count, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (AnsweredCount < count && waited.Elapsed < timeout)
        {
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// Sends messages until <paramref name="stopSending"/>; a message under way is then still sent
    /// again until it is answered or <paramref name="deadline"/> has passed since the start.
    /// </summary>
    public async Task RunAsync(CancellationToken stopSending, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Families.Select(async family =>
        {
            // Spread the first messages over the first think time, as families do not all start at once.
            await Task.Delay(Random.Shared.Next((int)thinkMax.TotalMilliseconds));
            var token = family.Channel == "webchat" ? await StartWebChatAsync(family, clock, deadline) : null;
            for (var n = 0; !stopSending.IsCancellationRequested && (family.Channel == "sms" || token is not null); n++)
            {
                var text = family.Discloses && n == 1 ? Disclosure : Questions[(family.Index + n) % Questions.Length];
                var started = Stopwatch.GetTimestamp();
                var id = family.Channel == "sms"
                    ? await TextAsync(family, n, text, clock, deadline)
                    : await ChatAsync(family, token!, text, clock, deadline);
                if (id is null)
                {
                    family.Unanswered++;
                    break;
                }
                lock (family)
                {
                    family.Answers.Add(new Answered(id, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
                    family.DisclosureAnswered |= text == Disclosure;
                }
                Interlocked.Increment(ref answered);
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(thinkMin.TotalMilliseconds + Random.Shared.NextDouble() * (thinkMax - thinkMin).TotalMilliseconds), stopSending);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }));
    }

    /// <summary>One text through Twilio's webhook, retried with the same MessageSid until TwiML comes back; its MessageSid, or null at the deadline.</summary>
    private async Task<string?> TextAsync(Family family, int n, string text, Stopwatch clock, TimeSpan deadline)
    {
        family.ExternalId = "+4477009" + family.Index.ToString("D5", CultureInfo.InvariantCulture);
        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = $"SM{family.Index:D6}{n:D6}{Guid.NewGuid():N}"[..34],
            ["AccountSid"] = "AC00000000000000000000000000000000",
            ["From"] = family.ExternalId,
            ["To"] = "+441234567890",
            ["Body"] = text,
            ["NumMedia"] = "0",
            ["NumSegments"] = "1",
        };
        var signature = TwilioSignature.Compute(BotProcess.AuthToken, BotProcess.PublicBaseUrl + SmsApi.InboundPath,
            form.Select(p => KeyValuePair.Create(p.Key, new StringValues(p.Value))));
        while (clock.Elapsed < deadline)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl() + SmsApi.InboundPath) { Content = new FormUrlEncodedContent(form) };
                request.Headers.Add("X-Twilio-Signature", signature);
                using var twilioWaits = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                using var response = await http.SendAsync(request, twilioWaits.Token);
                var body = await response.Content.ReadAsStringAsync();
                if (response.IsSuccessStatusCode && body.Contains("<Message>", StringComparison.Ordinal))
                {
                    return form["MessageSid"];
                }
                Note(family, $"SMS {(int)response.StatusCode}: {body[..Math.Min(body.Length, 200)]}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Note(family, "SMS " + e.GetType().Name);
            }
            await Task.Delay(200);
        }
        return null;
    }

    private async Task<string?> StartWebChatAsync(Family family, Stopwatch clock, TimeSpan deadline)
    {
        while (clock.Elapsed < deadline)
        {
            try
            {
                using var generate = new HttpRequestMessage(HttpMethod.Post, baseUrl() + "/v3/directline/tokens/generate");
                generate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotProcess.DirectLineSecret);
                using var response = await http.SendAsync(generate);
                if (response.IsSuccessStatusCode)
                {
                    var started = await response.Content.ReadFromJsonAsync<JsonElement>();
                    family.ExternalId = started.GetProperty("conversationId").GetString()!;
                    return started.GetProperty("token").GetString()!;
                }
                Note(family, $"start {(int)response.StatusCode}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Note(family, "start " + e.GetType().Name);
            }
            await Task.Delay(200);
        }
        return null;
    }

    /// <summary>
    /// One web chat message: posted (again, as a new message, if the post got no answer), then the
    /// transcript polled until the bot's reply to it is there; its activity id, or null at the deadline.
    /// </summary>
    private async Task<string?> ChatAsync(Family family, string token, string text, Stopwatch clock, TimeSpan deadline)
    {
        string? activityId = null;
        var watermark = "";
        while (clock.Elapsed < deadline)
        {
            try
            {
                if (activityId is null)
                {
                    using var post = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl()}/v3/directline/conversations/{family.ExternalId}/activities")
                    {
                        Content = JsonContent.Create(new { type = "message", text, locale = "en-GB", from = new { id = "family" } }),
                    };
                    post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    using var posted = await http.SendAsync(post);
                    if (!posted.IsSuccessStatusCode)
                    {
                        Note(family, $"post {(int)posted.StatusCode}");
                        await Task.Delay(200);
                        continue;
                    }
                    activityId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
                }

                using var poll = new HttpRequestMessage(HttpMethod.Get, $"{baseUrl()}/v3/directline/conversations/{family.ExternalId}/activities?watermark={watermark}");
                poll.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var polled = await http.SendAsync(poll);
                if (polled.IsSuccessStatusCode)
                {
                    var set = await polled.Content.ReadFromJsonAsync<JsonElement>();
                    watermark = set.GetProperty("watermark").GetString() ?? "";
                    if (set.GetProperty("activities").EnumerateArray().Any(a =>
                        a.TryGetProperty("replyToId", out var to) && to.GetString() == activityId
                        && a.GetProperty("from").TryGetProperty("role", out var role) && role.GetString() == "bot"
                        && a.GetProperty("type").GetString() == "message"))
                    {
                        return activityId;
                    }
                }
                else
                {
                    Note(family, $"poll {(int)polled.StatusCode}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Note(family, "web chat " + e.GetType().Name);
            }
            await Task.Delay(100);
        }
        return null;
    }

    private static void Note(Family family, string error)
    {
        lock (family)
        {
            if (family.Errors.Count < 20)
            {
                family.Errors.Add(error);
            }
        }
    }

    /// <summary>p50 and p99 of the answered messages of one channel, in milliseconds.</summary>
    public (int Count, double P50, double P99, double Max) Latency(string channel)
    {
        var sorted = Families.Where(f => f.Channel == channel).SelectMany(f => f.Answers).Select(a => a.Milliseconds).Order().ToArray();
        if (sorted.Length == 0)
        {
            return (0, 0, 0, 0);
        }
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return (sorted.Length, At(0.50), At(0.99), sorted[^1]);
    }
}

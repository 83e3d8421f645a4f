using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FamilyServices.EndToEnd.Tests.Channels;

namespace FamilyServices.EndToEnd.Tests.Resilience;

/// <summary>The Direct Line endpoints and the no-JavaScript chat form under hostile and malformed requests.</summary>
public class DirectLineFuzzingTests(LiveBot bot) : IClassFixture<LiveBot>
{
    private readonly Fuzzing _fuzzing = new(bot);

    private async Task<(string ConversationId, string Token)> StartAsync()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LiveBot.DirectLineSecret);
        using var response = await _fuzzing.Client.SendAsync(request);
        var started = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (started.GetProperty("conversationId").GetString()!, started.GetProperty("token").GetString()!);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_thousand_hostile_or_malformed_activities_are_stored_or_refused_with_a_reason_never_a_500()
    {
        var conversations = new List<(string ConversationId, string Token)>();
        for (var i = 0; i < 8; i++)
        {
            conversations.Add(await StartAsync());
        }

        await _fuzzing.RunAsync(seed: 10_000, cases: 1000, async (i, input) =>
        {
            var (conversationId, token) = conversations[i % conversations.Count];
            var activity = new JsonObject
            {
                ["type"] = "message",
                ["text"] = input.Text(),
                ["locale"] = input.Chance(0.7) ? "en-GB" : input.Text(20),
                ["from"] = new JsonObject { ["id"] = input.Text(30), ["name"] = input.Text(30) },
                ["channelData"] = new JsonObject { ["clientActivityID"] = input.Text(20) },
            };
            var json = activity.ToJsonString();
            byte[] body;
            var kind = input.Next(10);
            var contentType = "application/json";
            var sound = false;
            switch (kind)
            {
                case 0:
                    body = Encoding.UTF8.GetBytes(json[..input.Next(json.Length)]);
                    break;
                case 1:
                    body = input.Noise(3000);
                    break;
                case 2:
                    body = [.. Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\""), .. input.InvalidUtf8(), .. Encoding.UTF8.GetBytes("\"}")];
                    break;
                case 3:
                    body = Encoding.UTF8.GetBytes(input.Pick(new[] { "[]", "null", "42", "\"message\"", "true", "{}", "{\"type\":7}", "{\"type\":{\"a\":1}}", "{\"type\":\"message\",\"text\":12}", "{\"type\":\"message\",\"text\":1e309}" }));
                    break;
                case 4:
                    var depth = 70 + input.Next(20_000);
                    body = Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth));
                    break;
                case 5:
                    body = Encoding.UTF8.GetBytes(json);
                    contentType = input.Pick(new[] { "text/plain", "application/x-www-form-urlencoded", "text/html; charset=utf-7" });
                    break;
                case 6:
                    activity["text"] = new string('x', 5001 + input.Next(50_000));
                    body = Encoding.UTF8.GetBytes(activity.ToJsonString());
                    break;
                default:
                    body = Encoding.UTF8.GetBytes(json);
                    sound = true;
                    break;
            }
            var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities") { Content = new ByteArrayContent(body) };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return (sound ? "a sound activity" : $"kind {kind}", await _fuzzing.Client.SendAsync(request));
        }, (response, body) => response.IsSuccessStatusCode
            ? (JsonDocument.Parse(body).RootElement.TryGetProperty("id", out _) ? null : "no activity id")
            : Fuzzing.ClearRefusal(response, body, HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge),
            expectOk: description => description == "a sound activity");

        _fuzzing.AssertNoFailures();
        Assert.True(_fuzzing.Statuses.GetValueOrDefault(200) >= 300, _fuzzing.Summary());
        Assert.True(_fuzzing.Statuses.GetValueOrDefault(400) >= 300, _fuzzing.Summary());
    }

    [Fact(Timeout = 120_000)]
    public async Task Every_direct_line_endpoint_refuses_garbage_credentials_ids_and_watermarks_without_a_500()
    {
        var (conversationId, token) = await StartAsync();
        var (_, otherToken) = await StartAsync();

        await _fuzzing.RunAsync(seed: 11_000, cases: 800, async (i, input) =>
        {
            var id = input.Chance(0.5) ? conversationId : Uri.EscapeDataString(input.Text(60));
            var watermark = input.Chance(0.5) ? input.Pick(new[] { "0", "-1", "99999999999999999999", "1e3", "abc", "" }) : Uri.EscapeDataString(input.Text(20));
            var (method, path) = input.Next(8) switch
            {
                0 => (HttpMethod.Post, "/v3/directline/tokens/generate"),
                1 => (HttpMethod.Post, "/v3/directline/tokens/refresh"),
                2 => (HttpMethod.Post, "/v3/directline/conversations"),
                3 => (HttpMethod.Get, $"/v3/directline/conversations/{id}?watermark={watermark}"),
                4 => (HttpMethod.Get, $"/v3/directline/conversations/{id}/activities?watermark={watermark}"),
                5 => (HttpMethod.Get, $"/v3/directline/conversations/{id}/stream?t={Uri.EscapeDataString(input.Text(80))}&watermark={watermark}"),
                6 => (HttpMethod.Post, $"/v3/directline/conversations/{id}/upload"),
                _ => (HttpMethod.Post, $"/v3/directline/conversations/{id}/activities"),
            };
            var request = new HttpRequestMessage(method, path);
            var credential = input.Next(6) switch
            {
                0 => null,
                1 => otherToken,
                2 => token,
                3 => Convert.ToBase64String(input.Noise(300)),
                4 => token[..^3] + "abc",
                _ => new string('A', input.Next(4000)),
            };
            if (credential is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", (input.Chance(0.9) ? "Bearer " : "Basic ") + credential);
            }
            if (method == HttpMethod.Post)
            {
                request.Content = new ByteArrayContent(input.Chance(0.5) ? Encoding.UTF8.GetBytes("{\"user\":{\"id\":\"" + input.Text(40).Replace("\"", "", StringComparison.Ordinal) + "\"}}") : input.Noise(500));
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }
            return ($"{method} {path}", await _fuzzing.Client.SendAsync(request));
        }, (response, body) => response.IsSuccessStatusCode || NullInPath(response) ? null : Fuzzing.ClearRefusal(response, body,
            HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound,
            HttpStatusCode.UnsupportedMediaType, HttpStatusCode.RequestEntityTooLarge));

        _fuzzing.AssertNoFailures();
    }

    [Fact(Timeout = 120_000)]
    public async Task Hostile_posts_to_the_chat_form_are_answered_with_a_page_a_redirect_or_a_clear_refusal()
    {
        await _fuzzing.RunAsync(seed: 12_000, cases: 600, async (i, input) =>
        {
            var fields = new List<KeyValuePair<string, byte[]>>
            {
                new(input.Chance(0.8) ? "text" : "choice", input.Chance(0.25) ? input.InvalidUtf8() : Encoding.UTF8.GetBytes(input.Text())),
            };
            if (input.Chance(0.5))
            {
                fields.Add(new("lang", Encoding.UTF8.GetBytes(input.Chance(0.5) ? input.Pick(new[] { "en", "pl", "ar", "cy", "ur", "ro" }) : input.Text(30))));
            }
            var kind = input.Next(8);
            if (kind == 0)
            {
                fields.AddRange(Enumerable.Range(0, 101 + input.Next(3000)).Select(n => new KeyValuePair<string, byte[]>($"f{n}", [(byte)'1'])));
            }
            var path = input.Chance(0.9) ? "/" : "/forget";
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(HostileInput.Form(fields)) };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", kind == 1 ? input.Pick(new[] { "application/json", "text/plain", "multipart/form-data" }) : "application/x-www-form-urlencoded");
            if (kind == 2)
            {
                request.Headers.TryAddWithoutValidation("Origin", input.Pick(new[] { "https://attacker.example", "null", "not a url", "http://" }));
            }
            if (kind == 3 || input.Chance(0.2))
            {
                // A cookie that was never ours: tampered, truncated, or from another install.
                request.Headers.TryAddWithoutValidation("Cookie", $"fs_chat={Convert.ToBase64String(input.Noise(200)).Replace('=', 'A')}; fs_lang={Uri.EscapeDataString(input.Text(20))}");
            }
            return ($"kind {kind} {path}", await _fuzzing.Client.SendAsync(request));
        }, (response, body) => response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK ? null : Fuzzing.ClearRefusal(response, body,
            HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, HttpStatusCode.UnsupportedMediaType, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.TooManyRequests));

        _fuzzing.AssertNoFailures();
        Assert.True(_fuzzing.Statuses.GetValueOrDefault(302) >= 200, _fuzzing.Summary());
    }

    /// <summary>Kestrel itself refuses a null character in the path, with a bare 400, before the app sees the request.</summary>
    private static bool NullInPath(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.BadRequest && response.RequestMessage!.RequestUri!.AbsolutePath.Contains("%00", StringComparison.Ordinal);
}

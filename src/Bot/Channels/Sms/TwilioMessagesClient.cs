using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace FamilyServices.Bot.Channels.Sms;

public enum SendOutcome { Accepted, Retry, OptedOut, Rejected }

public sealed record SendResult(SendOutcome Outcome, string? MessageSid, string? Error);

/// <summary>The Twilio REST calls we need, on Messages.json with Basic auth: send a text, and look for one sent.</summary>
public sealed class TwilioMessagesClient(HttpClient http, IOptions<TwilioOptions> options)
{
    public const int OptedOutCode = 21610;

    private string MessagesUrl => $"{options.Value.ApiBaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{Uri.EscapeDataString(options.Value.AccountSid)}/Messages.json";

    public async Task<SendResult> SendAsync(string to, string body, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesUrl)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["To"] = to,
                ["From"] = o.PhoneNumber,
                ["Body"] = body,
                ["StatusCallback"] = o.PublicBaseUrl.TrimEnd('/') + SmsApi.StatusPath,
            }),
        };
        request.Headers.Authorization = BasicAuth;

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            return new SendResult(SendOutcome.Retry, null, "connection failed: " + e.HttpRequestError);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendResult(SendOutcome.Retry, null, "timed out");
        }

        using (response)
        {
            var json = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                var sid = TryRead(json, "sid");
                return sid is null
                    ? new SendResult(SendOutcome.Retry, null, "accepted without a sid")
                    : new SendResult(SendOutcome.Accepted, sid, null);
            }
            var code = TryRead(json, "code");
            var error = $"HTTP {(int)response.StatusCode}" + (code is null ? "" : $", Twilio error {code}");
            if (code == OptedOutCode.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return new SendResult(SendOutcome.OptedOut, null, error);
            }
            return (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests
                ? new SendResult(SendOutcome.Retry, null, error)
                : new SendResult(SendOutcome.Rejected, null, error);
        }
    }

    /// <summary>
    /// The same text to the same number created since <paramref name="since"/>, as Accepted with its
    /// sid; null when Twilio has none; Retry when Twilio cannot say (then sending again could send it twice).
    /// </summary>
    public async Task<SendResult?> FindSentAsync(string to, string body, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var day = since.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{MessagesUrl}?To={Uri.EscapeDataString(to)}&{Uri.EscapeDataString("DateSent>")}={day}&PageSize=100");
        request.Headers.Authorization = BasicAuth;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return new SendResult(SendOutcome.Retry, null, $"looking for an earlier send: HTTP {(int)response.StatusCode}");
            }
            using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            // Twilio's dates are whole seconds ("Sun, 22 Nov 2026 13:00:00 +0000").
            var from = since.AddSeconds(-1);
            foreach (var message in page.RootElement.GetProperty("messages").EnumerateArray())
            {
                if (message.GetProperty("to").GetString() == to && message.GetProperty("body").GetString() == body
                    && DateTimeOffset.TryParseExact(message.GetProperty("date_created").GetString(), "ddd, dd MMM yyyy HH:mm:ss '+0000'",
                        System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var created)
                    && created >= from)
                {
                    return new SendResult(SendOutcome.Accepted, message.GetProperty("sid").GetString(), null);
                }
            }
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException
            || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new SendResult(SendOutcome.Retry, null, "looking for an earlier send: " + e.GetType().Name);
        }
    }

    private AuthenticationHeaderValue BasicAuth => new("Basic",
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Value.AccountSid}:{options.Value.AuthToken}")));

    private static string? TryRead(string json, string property)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(property, out var value)
                ? value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace FamilyServices.Bot.Channels.Sms;

public enum SendOutcome { Accepted, Retry, OptedOut, Rejected, Unknown }

public sealed record SendResult(SendOutcome Outcome, string? MessageSid, string? Error);

/// <summary>The one Twilio REST call we need: POST Messages.json with Basic auth.</summary>
public sealed class TwilioMessagesClient(HttpClient http, IOptions<TwilioOptions> options)
{
    public const int OptedOutCode = 21610;

    public async Task<SendResult> SendAsync(string to, string body, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post,
            $"{o.ApiBaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{Uri.EscapeDataString(o.AccountSid)}/Messages.json")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["To"] = to,
                ["From"] = o.PhoneNumber,
                ["Body"] = body,
                ["StatusCallback"] = o.PublicBaseUrl.TrimEnd('/') + SmsApi.StatusPath,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{o.AccountSid}:{o.AuthToken}")));

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError)
        {
            // The request never left: certainly not sent.
            return new SendResult(SendOutcome.Retry, null, "connection failed: " + e.HttpRequestError);
        }
        catch (HttpRequestException e)
        {
            return new SendResult(SendOutcome.Unknown, null, MayHaveBeenSent + "connection lost: " + e.HttpRequestError);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Twilio may have accepted it and been slow to say so: the next attempt looks before it sends.
            return new SendResult(SendOutcome.Unknown, null, MayHaveBeenSent + "timed out");
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

    /// <summary>How an attempt whose outcome we could not see is recorded, so the next one checks first.</summary>
    public const string MayHaveBeenSent = "may have been sent: ";

    /// <summary>
    /// The sid of a message Twilio accepted from us to <paramref name="to"/> with exactly this body since
    /// <paramref name="since"/>, or null when there is none; a failed look-up throws, and the caller waits.
    /// </summary>
    public async Task<string?> FindAcceptedAsync(string to, string body, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var o = options.Value;
        // DateSent is by day at Twilio; the minute is checked here. A message still queued has no
        // date_sent yet and is listed anyway, as Twilio lists unsent messages under every date filter.
        var query = $"To={Uri.EscapeDataString(to)}&From={Uri.EscapeDataString(o.PhoneNumber)}&DateSent%3E={since.UtcDateTime.AddDays(-1):yyyy-MM-dd}&PageSize=100";
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"{o.ApiBaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{Uri.EscapeDataString(o.AccountSid)}/Messages.json?{query}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{o.AccountSid}:{o.AuthToken}")));
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        foreach (var message in document.RootElement.GetProperty("messages").EnumerateArray())
        {
            var created = message.TryGetProperty("date_created", out var d) && d.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(d.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var c) ? c : (DateTimeOffset?)null;
            if (message.GetProperty("body").GetString() == body && (created is null || created >= since.AddMinutes(-1)))
            {
                return message.GetProperty("sid").GetString();
            }
        }
        return null;
    }

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

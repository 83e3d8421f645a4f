using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace FamilyServices.Bot.Channels.Sms;

public enum SendOutcome { Accepted, Retry, OptedOut, Rejected }

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

using System.Xml.Linq;

namespace FamilyServices.Bot.Tests.Channels.Sms;

/// <summary>Sends texts to our webhook the way Twilio does, signed by the Node twilio library.</summary>
public sealed class TwilioWebhook(HttpClient client)
{
    private int _next;

    public static Dictionary<string, string> Inbound(string from, string body, string? messageSid = null) => new()
    {
        ["MessageSid"] = messageSid ?? "SM" + Guid.NewGuid().ToString("N"),
        ["AccountSid"] = BotApplication.AccountSid,
        ["From"] = from,
        ["To"] = BotApplication.OurNumber,
        ["Body"] = body,
        ["NumMedia"] = "0",
        ["NumSegments"] = "1",
        ["FromCountry"] = "GB",
    };

    public async Task<HttpResponseMessage> PostAsync(IDictionary<string, string> form, string path = "/api/sms/twilio", string? signature = null, bool sign = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        if (sign)
        {
            request.Headers.Add("X-Twilio-Signature", signature ?? NodeTools.TwilioSignature(BotApplication.AuthToken, BotApplication.PublicBaseUrl + path, form));
        }
        return await client.SendAsync(request);
    }

    /// <summary>Texts from a number and returns the bodies of the TwiML reply.</summary>
    public async Task<IReadOnlyList<string>> TextAsync(string from, string body)
    {
        Interlocked.Increment(ref _next);
        var response = await PostAsync(Inbound(from, body));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return Messages(await response.Content.ReadAsStringAsync());
    }

    public static IReadOnlyList<string> Messages(string twiml) =>
        XDocument.Parse(twiml).Root!.Elements("Message").Select(m => m.Value).ToList();
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using FamilyServices.Bot.Channels.Sms;
using FamilyServices.EndToEnd.Tests.Channels;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace FamilyServices.EndToEnd.Tests.Resilience;

/// <summary>Twilio's webhook under hostile and malformed requests, on the real server over loopback.</summary>
public class SmsWebhookFuzzingTests(LiveBot bot) : IClassFixture<LiveBot>
{
    private const string AuthToken = "end-to-end-auth-token";
    private const string Path = "/api/sms/twilio";
    private readonly Fuzzing _fuzzing = new(bot);

    private static readonly string[] TwilioFields = ["ToCountry", "ToState", "SmsMessageSid", "NumMedia", "ToCity", "FromZip", "SmsSid", "FromState", "SmsStatus", "FromCity", "FromCountry", "To", "ToZip", "NumSegments", "AccountSid", "ApiVersion"];

    /// <summary>The fields as the server will decode them, signed the way Twilio signs them.</summary>
    private static HttpRequestMessage Signed(List<KeyValuePair<string, byte[]>> fields, string? signature = null)
    {
        var form = HostileInput.Form(fields);
        IEnumerable<KeyValuePair<string, StringValues>> decoded;
        try
        {
            // Decoded exactly as the server will (an invalid UTF-8 sequence stays percent-encoded, for one).
            decoded = new FormReader(Encoding.ASCII.GetString(form)).ReadForm();
        }
        catch (InvalidDataException)
        {
            decoded = fields.Select(f => new KeyValuePair<string, StringValues>(f.Key, Encoding.UTF8.GetString(f.Value)));
        }
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ByteArrayContent(form) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.TryAddWithoutValidation("X-Twilio-Signature", signature ?? TwilioSignature.Compute(AuthToken, "https://families.example.org" + Path, decoded));
        return request;
    }

    private static List<KeyValuePair<string, byte[]>> Inbound(HostileInput input, int i, byte[] body)
    {
        var fields = new List<KeyValuePair<string, byte[]>>
        {
            new("MessageSid", Encoding.UTF8.GetBytes($"SMfuzz{i:D6}{Guid.NewGuid():N}")),
            new("From", Encoding.UTF8.GetBytes(input.Chance(0.8) ? $"+4477009{i % 100000:D5}" : input.Text(40))),
            new("Body", body),
        };
        foreach (var name in TwilioFields.Where(_ => input.Chance(0.5)))
        {
            fields.Add(new(name, Encoding.UTF8.GetBytes(input.Chance(0.8) ? "GB" : input.Text(60))));
        }
        return fields;
    }

    [Fact(Timeout = 120_000)]
    public async Task A_thousand_signed_texts_of_hostile_words_are_answered_with_well_formed_twiml_or_a_clear_400()
    {
        await _fuzzing.RunAsync(seed: 8_000, cases: 1000, async (i, input) =>
        {
            var body = input.Chance(0.25) ? input.InvalidUtf8() : Encoding.UTF8.GetBytes(input.Text());
            var fields = Inbound(input, i, body);
            var description = "hostile words";
            if (input.Chance(0.1))
            {
                var missing = input.Pick(new[] { "MessageSid", "From", "Body" });
                fields.RemoveAll(f => f.Key == missing);
                description = "no " + missing;
            }
            else if (fields.Any(f => f.Value.Contains((byte)0)))
            {
                // ASP.NET Core refuses a form with a null character; Twilio never sends one.
                description = "a null character";
            }
            return (description, await _fuzzing.Client.SendAsync(Signed(fields)));
        }, (response, body) => response.StatusCode switch
        {
            HttpStatusCode.OK => WellFormedTwiml(body),
            _ => Fuzzing.ClearRefusal(response, body, HttpStatusCode.BadRequest),
        }, expectOk: description => description == "hostile words");

        _fuzzing.AssertNoFailures();
        Assert.True(_fuzzing.Statuses.GetValueOrDefault(200) >= 600, _fuzzing.Summary());
    }

    [Fact(Timeout = 120_000)]
    public async Task Unsigned_forged_and_malformed_requests_are_refused_and_never_reach_the_conversation()
    {
        var before = bot.Turns.Received.Count;
        await _fuzzing.RunAsync(seed: 9_000, cases: 700, async (i, input) =>
        {
            var fields = Inbound(input, i, Encoding.UTF8.GetBytes(input.Text()));
            HttpRequestMessage request;
            var kind = input.Next(9);
            switch (kind)
            {
                case 0:
                    request = Signed(fields);
                    request.Headers.Remove("X-Twilio-Signature");
                    break;
                case 1:
                    request = Signed(fields, signature: Convert.ToBase64String(input.Noise(40)));
                    break;
                case 2:
                    request = Signed(fields, signature: input.Pick(new[] { "", " ", "=", "AAAA", new string('A', 5000) }));
                    break;
                case 3:
                    request = Signed(fields);
                    request.Content = new ByteArrayContent(input.Noise(4000));
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
                    break;
                case 4:
                    request = Signed(fields);
                    var json = Encoding.UTF8.GetBytes("{\"Body\":\"" + input.Text() + "\"");
                    request.Content = new ByteArrayContent(json);
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue(input.Pick(new[] { "application/json", "text/plain", "text/xml", "application/octet-stream" }));
                    break;
                case 5:
                    request = Signed(fields);
                    request.Content = new ByteArrayContent(input.Noise(2000));
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=" + input.Pick(new[] { "x", "", "\"", new string('b', 500) }));
                    break;
                case 6:
                    // Far more parameters than Twilio ever sends.
                    fields.AddRange(Enumerable.Range(0, 150 + input.Next(5000)).Select(n => new KeyValuePair<string, byte[]>($"p{n}", [(byte)'x'])));
                    request = Signed(fields);
                    break;
                case 7:
                    fields.Add(new(new string('k', 300 + input.Next(3000)), [(byte)'v']));
                    request = Signed(fields);
                    break;
                default:
                    request = new HttpRequestMessage(input.Pick(new[] { HttpMethod.Get, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch }), Path);
                    break;
            }
            return ($"kind {kind}", await _fuzzing.Client.SendAsync(request));
        }, (response, body) => Fuzzing.ClearRefusal(response, body,
            HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, HttpStatusCode.MethodNotAllowed, HttpStatusCode.RequestEntityTooLarge));

        _fuzzing.AssertNoFailures();
        Assert.Equal(before, bot.Turns.Received.Count);
    }

    private static string? WellFormedTwiml(string body)
    {
        try
        {
            return XDocument.Parse(body).Root?.Name == "Response" ? null : "TwiML without <Response>";
        }
        catch (System.Xml.XmlException e)
        {
            return "TwiML Twilio cannot parse: " + e.Message;
        }
    }
}

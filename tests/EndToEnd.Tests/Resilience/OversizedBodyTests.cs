using System.Net;
using System.Net.Http.Headers;
using FamilyServices.EndToEnd.Tests.Channels;

namespace FamilyServices.EndToEnd.Tests.Resilience;

/// <summary>A 1 MB body to any of the assistant's endpoints is refused with 413, before the server reads it.</summary>
public class OversizedBodyTests(LiveBot bot) : IClassFixture<LiveBot>
{
    private const int OneMegabyte = 1024 * 1024;

    /// <summary>A body that counts how much of it was sent.</summary>
    private sealed class CountedBody(int length) : HttpContent
    {
        public long Sent { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var chunk = new byte[16 * 1024];
            Array.Fill(chunk, (byte)'a');
            for (var left = length; left > 0; left -= chunk.Length)
            {
                var size = Math.Min(chunk.Length, left);
                await stream.WriteAsync(chunk.AsMemory(0, size));
                Sent += size;
            }
        }

        protected override bool TryComputeLength(out long length1)
        {
            length1 = length;
            return true;
        }
    }

    private const string ActivitiesOfANewConversation = "/v3/directline/conversations/{new}/activities";

    public static TheoryData<string, string> Endpoints => new()
    {
        { "/api/sms/twilio", "application/x-www-form-urlencoded" },
        { "/api/sms/twilio/status", "application/x-www-form-urlencoded" },
        { ActivitiesOfANewConversation, "application/json" },
        { "/v3/directline/conversations", "application/json" },
        { "/v3/directline/tokens/generate", "application/json" },
        { "/", "application/x-www-form-urlencoded" },
        { "/api/webchat/token", "application/x-www-form-urlencoded" },
    };

    /// <summary>The endpoints that read a body: one sent in chunks, with no length to refuse up front, is cut off at the limit.</summary>
    public static TheoryData<string, string> EndpointsThatRead => new()
    {
        { "/api/sms/twilio", "application/x-www-form-urlencoded" },
        { "/api/sms/twilio/status", "application/x-www-form-urlencoded" },
        { ActivitiesOfANewConversation, "application/json" },
        { "/v3/directline/tokens/generate", "application/json" },
        { "/", "application/x-www-form-urlencoded" },
    };

    private async Task<string> ResolveAsync(string path)
    {
        if (path != ActivitiesOfANewConversation)
        {
            return path;
        }
        using var http = new HttpClient { BaseAddress = new Uri(bot.BaseUrl) };
        var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LiveBot.DirectLineSecret);
        using var started = await http.SendAsync(start);
        var id = System.Text.Json.JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("conversationId").GetString();
        return $"/v3/directline/conversations/{id}/activities";
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(Endpoints))]
    public async Task A_one_megabyte_body_is_refused_with_413_and_never_sent(string path, string contentType)
    {
        using var http = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) }) { BaseAddress = new Uri(bot.BaseUrl) };
        var body = new CountedBody(OneMegabyte);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, await ResolveAsync(path)) { Content = body };
        // As curl does for large bodies: the server may refuse on the headers alone.
        request.Headers.ExpectContinue = true;
        request.Headers.TryAddWithoutValidation("X-Twilio-Signature", "c2lnbmF0dXJl");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LiveBot.DirectLineSecret);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, body.Sent);
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(EndpointsThatRead))]
    public async Task A_one_megabyte_body_of_unknown_length_is_refused_with_413_once_it_passes_the_limit(string path, string contentType)
    {
        using var http = new HttpClient { BaseAddress = new Uri(bot.BaseUrl) };
        var body = new StreamContent(new MemoryStream(new byte[OneMegabyte]));
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, await ResolveAsync(path)) { Content = body };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.TryAddWithoutValidation("X-Twilio-Signature", "c2lnbmF0dXJl");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LiveBot.DirectLineSecret);

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request);
        }
        catch (HttpRequestException)
        {
            // The server answered 413 and closed the connection while the rest was still being sent.
            return;
        }
        using (response)
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }
    }
}

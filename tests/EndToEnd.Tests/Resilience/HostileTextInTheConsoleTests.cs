using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FamilyServices.Bot.Channels.Sms;
using FamilyServices.Casework.Escalations;
using FamilyServices.EndToEnd.Tests.Channels;
using FamilyServices.EndToEnd.Tests.Console;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using Microsoft.Playwright;

namespace FamilyServices.EndToEnd.Tests.Resilience;

/// <summary>
/// Script a family typed (or an attacker sent) reaches the staff console as text: the assistant
/// stores it, and the triage queue and the escalation's transcript show it encoded, never run it.
/// </summary>
public class HostileTextInTheConsoleTests
{
    private const string SmsWords = "<script>alert('sms')</script> my brother is being threatened for money \u202Egnp.exe";
    private const string WebChatWords = "<img src=x onerror=alert('webchat')> my son is being bullied on the wing";

    [ConsoleBrowserFact]
    public async Task Script_sent_by_sms_or_web_chat_is_shown_encoded_in_the_triage_queue_and_transcript_and_never_runs()
    {
        // A console of its own: these escalations must not reorder the shared console's queue.
        var console = new LiveConsole();
        await ((IAsyncLifetime)console).InitializeAsync();
        try
        {
            await using var bot = new LiveBot(console.DatabaseFile, realConversations: true);
            using var http = new HttpClient { BaseAddress = new Uri(bot.BaseUrl) };
            await TextAsync(http, SmsWords);
            await WebChatAsync(http, WebChatWords);

            List<Escalation> escalations = [];
            await console.WithDatabaseAsync(async db => escalations = await db.Escalations.OrderBy(e => e.RaisedAt).ToListAsync());
            Assert.Equal(2, escalations.Count);

            var page = await console.SignedInPageAsync("worker.leicester@demo.test");
            var alerts = new List<string>();
            page.Dialog += (_, dialog) =>
            {
                alerts.Add(dialog.Message);
                _ = dialog.DismissAsync();
            };
            foreach (var url in new[] { "/Triage" }.Concat(escalations.Select(e => $"/Triage/Details/{e.Id}")))
            {
                await page.GotoAsync(url);
                var html = await (await page.Context.APIRequest.GetAsync(url)).TextAsync();
                Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
                Assert.Equal(0, await page.Locator("img[src='x']").CountAsync());
                Assert.Equal(0, await page.Locator("script", new() { HasTextString = "alert" }).CountAsync());
            }
            foreach (var escalation in escalations)
            {
                var url = $"/Triage/Details/{escalation.Id}";
                await page.GotoAsync(url);
                var html = await (await page.Context.APIRequest.GetAsync(url)).TextAsync();
                Assert.True(html.Contains("&lt;script&gt;alert(&#x27;sms&#x27;)&lt;/script&gt;", StringComparison.Ordinal)
                    || html.Contains("&lt;img src=x onerror=alert(&#x27;webchat&#x27;)&gt;", StringComparison.Ordinal), "the hostile words are not on the page, encoded");
                await Assertions.Expect(page.Locator(".app-transcript")).ToContainTextAsync(escalation.ContactChannel == Casework.Conversations.Channel.Sms ? "<script>alert('sms')</script>" : "<img src=x onerror=alert('webchat')>");
            }
            Assert.Empty(alerts);
            await page.Context.CloseAsync();
        }
        finally
        {
            await ((IAsyncLifetime)console).DisposeAsync();
        }
    }

    private static async Task TextAsync(HttpClient http, string words)
    {
        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = "SM" + Guid.NewGuid().ToString("N"), ["From"] = "+447700900888", ["To"] = "+441234567890", ["Body"] = words, ["NumMedia"] = "0",
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/sms/twilio") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", TwilioSignature.Compute("end-to-end-auth-token", "https://families.example.org/api/sms/twilio",
            form.Select(f => new KeyValuePair<string, StringValues>(f.Key, f.Value))));
        (await http.SendAsync(request)).EnsureSuccessStatusCode();
    }

    private static async Task WebChatAsync(HttpClient http, string words)
    {
        var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LiveBot.DirectLineSecret);
        var started = JsonDocument.Parse(await (await http.SendAsync(start)).Content.ReadAsStringAsync()).RootElement;
        var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{started.GetProperty("conversationId").GetString()}/activities")
        {
            Content = JsonContent.Create(new { type = "message", text = words, locale = "en-GB" }),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", started.GetProperty("token").GetString());
        (await http.SendAsync(post)).EnsureSuccessStatusCode();
    }
}

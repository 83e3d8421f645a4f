using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FamilyServices.Casework.ContentReview;
using FamilyServices.Casework.Conversations;
using FamilyServices.EndToEnd.Tests.Channels;
using Microsoft.Playwright;

namespace FamilyServices.EndToEnd.Tests.Console;

[Collection(LiveConsoleCollection.Name)]
public class ContentReviewInTheBrowserTests(LiveConsole console)
{
    [ConsoleBrowserFact]
    public async Task A_worker_changes_visiting_times_in_the_console_and_the_running_assistant_gives_them_next()
    {
        await using var assistant = new LiveBot(console.DatabaseFile, new Dictionary<string, string?> { ["Knowledge:RefreshSeconds"] = "0.2" }, realConversations: true);
        Assert.Contains("1:45pm", await AskAsync(assistant, "visiting times at leicester"));

        var page = await console.SignedInPageAsync("worker.leicester@demo.test");
        await page.GotoAsync("/ContentReview/Facts?establishment=leicester");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change visiting sessions" }).ClickAsync();
        await page.GetByLabel("New value", new() { Exact = true }).FillAsync("mon-sun 14:10-15:45\nwed 17:15-18:45");
        await page.GetByLabel("Where the new value comes from").FillAsync("visits notice, 20 November");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and use it now" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Visiting sessions changed: the assistant uses the new value now")).ToBeVisibleAsync();

        var answer = await Eventually(async () => await AskAsync(assistant, "visiting times at leicester") is { } text && text.Contains("2:10pm") ? text : null);
        Assert.DoesNotContain("1:45pm", answer);

        // Undo puts the content files' times back, in the assistant too.
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo this change" }).ClickAsync();
        await Assertions.Expect(page.GetByText("the value before that change is back")).ToBeVisibleAsync();
        await Eventually(async () => await AskAsync(assistant, "visiting times at leicester") is { } text && text.Contains("1:45pm") ? text : null);
        await page.Context.CloseAsync();
    }

    [ConsoleBrowserFact]
    public async Task Axe_finds_no_accessibility_violations_on_the_content_review_pages()
    {
        await console.WithDatabaseAsync(async db =>
        {
            db.UnansweredQuestions.Add(new UnansweredQuestion { Text = "can I bring my dog", Language = "en", EstablishmentId = "chelmsford", Channel = Channel.Sms, AskedAt = DateTime.UtcNow });
            db.UnansweredQuestions.Add(new UnansweredQuestion { Text = "هل يمكنني إحضار كلبي", Language = "ar", EstablishmentId = "chelmsford", Channel = Channel.WebChat, AskedAt = DateTime.UtcNow });
            db.AnswerFeedback.Add(new AnswerFeedback { Intent = "visiting-times", Language = "ar", EstablishmentId = "chelmsford", Helpful = true, At = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        var page = await console.SignedInPageAsync("manager@demo.test");
        foreach (var url in new[]
        {
            "/ContentReview?establishment=chelmsford&language=ar", "/ContentReview/Answer?intent=visiting-times&language=ar&establishment=chelmsford",
            "/ContentReview/Answer?intent=dress-code&language=ur&establishment=national", "/ContentReview/Facts?establishment=chelmsford",
            "/ContentReview/Fact?establishment=national&name=helpline_weekday_hours", "/ContentReview/Unanswered", "/ContentReview/Feedback",
        })
        {
            await page.GotoAsync(url);
            await Axe.AssertNoViolationsAsync(page);
        }

        // A refused change, with its error summary and field message.
        await page.GotoAsync("/ContentReview/Fact?establishment=chelmsford&name=visitor_centre_hours");
        await page.GetByLabel("New value", new() { Exact = true }).FillAsync("mon 11:30-25:00");
        await page.GetByLabel("Where the new value comes from").FillAsync("a guess");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and use it now" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("'25:00' should be a 24-hour time like 13:45");
        await Axe.AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>A family's question over Direct Line, in a new conversation; the assistant's replies, joined.</summary>
    private static async Task<string> AskAsync(LiveBot assistant, string question)
    {
        using var http = new HttpClient { BaseAddress = new Uri(assistant.BaseUrl) };
        var generate = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate") { Content = JsonContent.Create(new { user = new { id = "dl_family" } }) };
        generate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LiveBot.DirectLineSecret);
        var token = (string)(await Json(await http.SendAsync(generate)))["token"]!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var conversation = (string)(await Json(await http.PostAsJsonAsync("/v3/directline/conversations", new { user = new { id = "dl_family" }, locale = "en-GB" })))["conversationId"]!;
        (await http.PostAsJsonAsync($"/v3/directline/conversations/{conversation}/activities",
            new { type = "message", text = question, locale = "en-GB", from = new { id = "dl_family", role = "user" } })).EnsureSuccessStatusCode();
        return await Eventually(async () =>
        {
            var activities = (JsonArray)(await Json(await http.GetAsync($"/v3/directline/conversations/{conversation}/activities")))["activities"]!;
            var replies = activities.Where(a => (string?)a!["from"]!["role"] == "bot" && (string?)a["text"] is not null).Select(a => (string)a!["text"]!).ToList();
            return replies.Count > 0 ? string.Join("\n", replies) : null;
        });
    }

    private static async Task<JsonObject> Json(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static async Task<T> Eventually<T>(Func<Task<T?>> probe) where T : class
    {
        for (var i = 0; i < 100; i++)
        {
            if (await probe() is { } found)
            {
                return found;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("It never happened.");
    }
}

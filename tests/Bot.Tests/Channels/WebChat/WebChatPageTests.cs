using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using FamilyServices.Bot.Channels.DirectLine;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Bot.Tests.Channels.WebChat;

public class WebChatPageTests(BotApplication app) : IClassFixture<BotApplication>
{
    private HttpClient NewBrowser(bool followRedirects = true) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true });

    private static async Task<IHtmlDocument> PageAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    private static List<(string Class, string Text)> Transcript(IHtmlDocument page) =>
        page.QuerySelectorAll("#transcript > li").Select(li => (li.ClassName!, li.QuerySelector("[dir=auto]")!.TextContent)).ToList();

    [Fact]
    public async Task Without_javascript_a_question_posted_by_the_form_is_answered_on_the_next_page()
    {
        var browser = NewBrowser();

        var response = await browser.PostAsync("/", Form(("text", "what ID do I need to visit?"), ("lang", "en")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/", response.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await PageAsync(response);
        Assert.Equal(
            [("fs-message fs-message--user", "what ID do I need to visit?"), ("fs-message fs-message--bot", "echo: what ID do I need to visit?")],
            Transcript(page));
        Assert.Equal("latest", page.QuerySelectorAll("#transcript > li").Last().Id);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());

        var turn = app.Turns.Received.Last(m => m.Text == "what ID do I need to visit?");
        Assert.Equal(("webchat", "en"), (turn.Channel, turn.Locale));
    }

    [Fact]
    public async Task Choices_are_buttons_that_answer_without_javascript()
    {
        var browser = NewBrowser();
        var page = await PageAsync(await browser.PostAsync("/", Form(("text", "menu"), ("lang", "en"))));

        var buttons = page.QuerySelectorAll("#quick-replies button[name=choice]").Cast<IHtmlButtonElement>().ToList();
        Assert.Equal(["Visiting times", "ID to bring", "Talk to a person"], buttons.Select(b => b.TextContent));

        var next = await PageAsync(await browser.PostAsync("/", Form(("choice", buttons[1].Value), ("text", ""), ("lang", "en"))));
        Assert.Equal("echo: id-requirements", Transcript(next)[^1].Text);
        Assert.True(next.QuerySelector("#quick-replies")!.HasAttribute("hidden"));
    }

    [Fact]
    public async Task An_empty_message_is_a_clear_error_and_nothing_is_sent()
    {
        var before = app.Turns.Received.Count;
        var response = await NewBrowser().PostAsync("/", Form(("text", "   "), ("lang", "cy")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PageAsync(response);
        Assert.Equal("Teipiwch neges cyn ei hanfon.", page.QuerySelector("#message-error")!.TextContent);
        Assert.False(page.QuerySelector("#message-error")!.HasAttribute("hidden"));
        Assert.Equal("true", page.QuerySelector("#message")!.GetAttribute("aria-invalid"));
        Assert.Equal(before, app.Turns.Received.Count);
    }

    [Theory]
    [InlineData("ar", "rtl", "إرسال")]
    [InlineData("ur", "rtl", "بھیجیں")]
    [InlineData("pl", "ltr", "Wyślij")]
    [InlineData("cy", "ltr", "Anfon")]
    [InlineData("ro", "ltr", "Trimiteți")]
    [InlineData("en", "ltr", "Send")]
    public async Task The_page_is_in_the_chosen_language_and_right_to_left_for_arabic_and_urdu(string language, string direction, string send)
    {
        var browser = NewBrowser();
        var page = await PageAsync(await browser.GetAsync($"/?lang={language}"));

        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(direction, page.DocumentElement.GetAttribute("dir"));
        Assert.Equal(send, page.QuerySelector("#send")!.TextContent.Trim());
        Assert.Equal(language, page.QuerySelector("input[name=lang]")!.GetAttribute("value"));
        Assert.Equal(5, page.QuerySelectorAll(".fs-languages a[hreflang]").Length);

        var remembered = await PageAsync(await browser.GetAsync("/"));
        Assert.Equal(language, remembered.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Without_a_choice_the_browsers_language_is_used()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Accept-Language", "fr-FR, pl;q=0.8, en;q=0.5");
        var page = await PageAsync(await NewBrowser().SendAsync(request));
        Assert.Equal("pl", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_form_post_or_token_request_from_another_site_is_refused()
    {
        var before = app.Turns.Received.Count;
        var post = new HttpRequestMessage(HttpMethod.Post, "/") { Content = Form(("text", "hello"), ("lang", "en")) };
        post.Headers.Add("Sec-Fetch-Site", "cross-site");
        var token = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
        token.Headers.Add("Origin", "https://evil.example");

        Assert.Equal(HttpStatusCode.Forbidden, (await NewBrowser().SendAsync(post)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await NewBrowser().SendAsync(token)).StatusCode);
        Assert.Equal(before, app.Turns.Received.Count);
    }

    [Fact]
    public async Task The_page_token_is_for_this_browsers_conversation_and_never_the_secret()
    {
        var browser = NewBrowser();
        await browser.PostAsync("/", Form(("text", "hello from the form"), ("lang", "en")));

        var response = await browser.PostAsync("/api/webchat/token", null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(BotApplication.DirectLineSecret, body);
        var token = (await response.Content.ReadFromJsonAsync<WebChatToken>())!;
        Assert.Equal("/v3/directline", token.Domain);

        var client = new DirectLine.DirectLineClient(app.CreateClient(), app.Server) { Token = token.Token, ConversationId = token.ConversationId };
        var (activities, _) = await client.PollAsync();
        Assert.Contains(activities, a => (string?)a!["text"] == "hello from the form");

        var other = await NewBrowser().PostAsync("/api/webchat/token", null);
        Assert.NotEqual(token.ConversationId, (await other.Content.ReadFromJsonAsync<WebChatToken>())!.ConversationId);
    }

    [Fact]
    public async Task A_family_workers_reply_is_there_when_the_family_comes_back()
    {
        var browser = NewBrowser();
        await browser.PostAsync("/", Form(("text", "I am worried about my son"), ("lang", "en")));
        var token = (await (await browser.PostAsync("/api/webchat/token", null)).Content.ReadFromJsonAsync<WebChatToken>())!;

        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DirectLineConversations>()
                .SendAsync(token.ConversationId, new("This is Sam, a family worker. I will call the prison today.", [], "en"), default);
        }

        var page = await PageAsync(await browser.GetAsync("/"));
        Assert.Equal("This is Sam, a family worker. I will call the prison today.", Transcript(page)[^1].Text);
    }

    [Fact]
    public async Task Everything_the_page_needs_before_the_first_message_is_under_100_kb()
    {
        var browser = NewBrowser();
        var html = await browser.GetByteArrayAsync("/");
        var page = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(html));
        var assets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!))
            .ToList();

        Assert.Equal(["/lib/webchat.css", "/webchat/chat.js"], assets);
        var total = html.Length;
        foreach (var asset in assets)
        {
            var response = await browser.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            total += (await response.Content.ReadAsByteArrayAsync()).Length;
        }
        Assert.True(total < 100 * 1024, $"{total} bytes before the first message");
    }

    [Fact]
    public async Task A_family_can_clear_the_conversation_from_a_shared_phone_and_the_workers_keep_it()
    {
        var browser = NewBrowser();
        var first = await PageAsync(await browser.PostAsync("/", Form(("text", "he told me he is being bullied"), ("lang", "ar"))));
        var conversationId = (await (await browser.PostAsync("/api/webchat/token", null)).Content.ReadFromJsonAsync<WebChatToken>())!.ConversationId;
        Assert.Equal("امسح هذه المحادثة من هذا الجهاز", first.QuerySelector(".fs-forget button")!.TextContent);

        var cleared = await browser.PostAsync("/forget", Form(("lang", "ar")));

        var page = await PageAsync(cleared);
        Assert.Empty(Transcript(page));
        Assert.Null(page.QuerySelector(".fs-forget"));
        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        var next = (await (await browser.PostAsync("/api/webchat/token", null)).Content.ReadFromJsonAsync<WebChatToken>())!;
        Assert.NotEqual(conversationId, next.ConversationId);
        var kept = await app.Services.GetRequiredService<IConversationTranscripts>().ReadAfterAsync(conversationId, 0, default);
        Assert.Contains(kept, a => a.Json.Contains("he told me he is being bullied", StringComparison.Ordinal));
    }

    private sealed record WebChatToken(string ConversationId, string Token, int Expires_in, string Domain);
}

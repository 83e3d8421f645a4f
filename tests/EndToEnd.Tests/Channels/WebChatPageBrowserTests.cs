using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyServices.EndToEnd.Tests.Channels;

/// <summary>Our web chat page in headless chromium, as a family would use it.</summary>
[Collection(BrowserCollection.Name)]
public class WebChatPageBrowserTests(Browser browser, LiveBot bot)
{
    private async Task<IPage> OpenAsync(string path = "/?lang=en", bool javaScript = true, int width = 1024)
    {
        var context = await browser.Chromium.NewContextAsync(new() { JavaScriptEnabled = javaScript, ViewportSize = new() { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(bot.BaseUrl + path);
        return page;
    }

    private static ILocator BotMessages(IPage page) => page.Locator("#transcript li.fs-message--bot");

    private static Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page) => Axe.ViolationsAsync(page, bestPractice: true);

    [BrowserFact]
    public async Task A_family_asks_what_id_they_need_and_gets_the_id_answer()
    {
        var page = await OpenAsync();

        await page.Locator("#message").FillAsync("what ID do I need to visit?");
        await page.Locator("#message").PressAsync("Enter");

        await Expect(BotMessages(page).Last).ToContainTextAsync(EndToEndTurnHandler.IdAnswer["en"]);
        await Expect(page.Locator("#transcript li.fs-message--user").Last).ToContainTextAsync("what ID do I need to visit?");
        await Expect(page.Locator(".fs-message__status")).ToHaveCountAsync(0);
        Assert.Equal(bot.BaseUrl + "/?lang=en", page.Url);
    }

    [BrowserFact]
    public async Task Switching_to_polish_gives_polish()
    {
        var page = await OpenAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Polski" }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "pl");
        await Expect(page.Locator("#send")).ToHaveTextAsync("Wyślij");
        await page.GetByLabel("Twoja wiadomość").FillAsync("Jaki dowód tożsamości jest potrzebny?");
        await page.Locator("#send").ClickAsync();

        await Expect(BotMessages(page).Last).ToContainTextAsync(EndToEndTurnHandler.IdAnswer["pl"]);
        await Expect(BotMessages(page).Last).ToHaveAttributeAsync("lang", "pl");
    }

    [BrowserFact]
    public async Task The_arabic_page_is_right_to_left_and_answers_in_arabic()
    {
        var page = await OpenAsync("/?lang=ar");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction"));
        var box = (await page.Locator("#send").BoundingBoxAsync())!;
        var width = await page.EvaluateAsync<int>("() => document.documentElement.clientWidth");
        Assert.True(box.X + box.Width > width / 2, "In right to left the send button sits on the right");

        await page.Locator("#message").FillAsync("ما هي الهوية المطلوبة؟");
        await page.Locator("#message").PressAsync("Enter");
        await Expect(BotMessages(page).Last).ToContainTextAsync(EndToEndTurnHandler.IdAnswer["ar"]);
    }

    [BrowserFact]
    public async Task Axe_finds_no_accessibility_violations_in_english_or_arabic_with_quick_replies_showing()
    {
        var page = await OpenAsync();
        await page.Locator("#message").FillAsync("menu");
        await page.Locator("#message").PressAsync("Enter");
        await Expect(page.Locator("#quick-replies button")).ToHaveCountAsync(2);
        Assert.Empty(await AxeViolationsAsync(page));

        // As the server renders it for a family coming back: transcript, quick replies, the clear button.
        await page.ReloadAsync();
        await Expect(page.Locator(".fs-forget button")).ToBeVisibleAsync();
        await Expect(page.Locator("#quick-replies button")).ToHaveCountAsync(2);
        Assert.Empty(await AxeViolationsAsync(page));

        var arabic = await OpenAsync("/?lang=ar", width: 320);
        Assert.Empty(await AxeViolationsAsync(arabic));

        // The no-JavaScript error page, checked with axe (which needs script): our own script is blocked instead.
        var error = await (await browser.Chromium.NewContextAsync()).NewPageAsync();
        await error.RouteAsync("**/webchat/chat.js", route => route.AbortAsync());
        await error.GotoAsync(bot.BaseUrl + "/?lang=ur");
        await error.Locator("#send").ClickAsync();
        await Expect(error.Locator("#message-error")).ToBeVisibleAsync();
        Assert.Empty(await AxeViolationsAsync(error));
    }

    [BrowserFact]
    public async Task Without_javascript_the_form_posts_and_the_answer_is_rendered_by_the_server()
    {
        var page = await OpenAsync(javaScript: false);

        await page.Locator("#message").FillAsync("what ID do I need to visit?");
        await page.Locator("#send").ClickAsync();

        await Expect(BotMessages(page).Last).ToContainTextAsync(EndToEndTurnHandler.IdAnswer["en"]);
        await page.Locator("#message").FillAsync("menu");
        await page.Locator("#send").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Visiting times" }).ClickAsync();
        await Expect(BotMessages(page).Last).ToContainTextAsync("Visits are on Tuesday");
    }

    [BrowserFact]
    public async Task At_320_pixels_wide_and_by_keyboard_alone_a_family_can_ask_and_pick_a_quick_reply()
    {
        var page = await OpenAsync(width: 320);

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(".govuk-skip-link")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#message")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("menu");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#quick-replies button")).ToHaveCountAsync(2);
        await Expect(page.Locator("#message")).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Shift+Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Visiting times" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(BotMessages(page).Last).ToContainTextAsync("Visits are on Tuesday");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 320"), "The page scrolls sideways at 320 px");
    }

    [BrowserFact]
    public async Task Less_than_100_kb_is_transferred_before_the_first_message()
    {
        var context = await browser.Chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var requests = new System.Collections.Concurrent.ConcurrentQueue<IRequest>();
        page.RequestFinished += (_, request) => requests.Enqueue(request);
        await page.GotoAsync(bot.BaseUrl + "/?lang=en", new() { WaitUntil = WaitUntilState.NetworkIdle });

        long bytes = 0;
        foreach (var request in requests)
        {
            var sizes = await request.SizesAsync();
            bytes += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
        }
        Assert.Equal(3, requests.Count);
        Assert.InRange(bytes, 1, 100 * 1024);
    }
}

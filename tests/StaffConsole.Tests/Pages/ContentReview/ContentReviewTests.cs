using System.Net;
using FamilyServices.Casework.ContentReview;
using FamilyServices.Casework.Conversations;
using FamilyServices.Knowledge;
using FamilyServices.Knowledge.Editing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.StaffConsole.Tests.Pages.ContentReview;

/// <summary>Family workers review and correct what the assistant tells families.</summary>
public class ContentReviewTests
{
    private const string LeicesterVisits = "/ContentReview/Answer?intent=visiting-times&language=en&establishment=leicester";
    private const string LeicesterSessions = "/ContentReview/Fact?establishment=leicester&name=visiting_sessions";

    private static Task<List<ContentEdit>> EditsAsync(ConsoleApplication app) => app.WithDatabaseAsync(db => db.ContentEdits.ToListAsync());

    public static TheoryData<string> EveryPage() =>
    [
        "/ContentReview", "/ContentReview/Facts", LeicesterSessions, LeicesterVisits, "/ContentReview/Unanswered", "/ContentReview/Feedback",
    ];

    [Theory]
    [MemberData(nameof(EveryPage))]
    public async Task Signed_out_visitors_are_sent_to_sign_in(string url)
    {
        await using var app = new ConsoleApplication();
        using var anonymous = app.CreateBrowser();

        var response = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/SignIn", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [MemberData(nameof(EveryPage))]
    public async Task Every_page_opens_for_a_worker_of_the_establishment(string url)
    {
        await using var app = new ConsoleApplication();
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var page = await worker.PageAsync(url);

        Assert.Empty(page.QuerySelectorAll(".govuk-error-summary"));
    }

    [Fact]
    public async Task The_answers_list_shows_when_each_answer_was_last_reviewed()
    {
        await using var app = new ConsoleApplication();
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var page = await worker.PageAsync("/ContentReview?establishment=leicester&language=en");

        var row = page.QuerySelector("tr[data-intent='visiting-times']")!;
        Assert.Contains("Visiting times", row.TextContent);
        Assert.Contains(Knowledge().GetAnswer("visiting-times", "en", "leicester").LastReviewed.ToString("d MMMM yyyy"), row.TextContent);
        Assert.Contains("leicester-service-specification.txt", row.TextContent);
    }

    [Fact]
    public async Task An_answer_not_reviewed_for_a_quarter_stands_out_until_a_worker_marks_it_reviewed()
    {
        await using var app = new StaleContentConsole();
        using var worker = await app.SignInAsync("worker.leicester@demo.test");
        var list = await worker.PageAsync("/ContentReview?establishment=leicester&language=ar");
        Assert.Contains("Review due", list.QuerySelector("tr[data-intent='dress-code']")!.TextContent);

        var response = await worker.SubmitAsync("/ContentReview/Answer?intent=dress-code&language=ar&establishment=leicester",
            "/ContentReview/Answer?handler=Reviewed&intent=dress-code&language=ar&establishment=leicester", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        list = await worker.PageAsync("/ContentReview?establishment=leicester&language=ar");
        Assert.DoesNotContain("Review due", list.QuerySelector("tr[data-intent='dress-code']")!.TextContent);
        Assert.Contains(DateTime.UtcNow.ToString("d MMMM yyyy"), list.QuerySelector("tr[data-intent='dress-code']")!.TextContent);
        Assert.Contains("Review due", list.QuerySelector("tr[data-intent='visiting-times']")!.TextContent);
        var audit = await app.WithDatabaseAsync(db => db.AuditLog.SingleAsync(a => a.EntityType == "content"));
        Assert.Equal("leicester", audit.EstablishmentId);
        Assert.Contains("reviewed answer dress-code (ar)", audit.Detail);
    }

    [Fact]
    public async Task An_answer_shows_the_text_message_and_web_chat_forms_as_the_family_reads_them_right_to_left_in_Arabic()
    {
        await using var app = new ConsoleApplication();
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var page = await worker.PageAsync("/ContentReview/Answer?intent=visiting-times&language=ar&establishment=leicester");

        var answer = Knowledge().GetAnswer("visiting-times", "ar", "leicester");
        var shortForm = page.QuerySelector("#short-answer")!;
        Assert.Equal(answer.Short, shortForm.TextContent);
        Assert.Equal("rtl", shortForm.GetAttribute("dir"));
        Assert.Equal("ar", shortForm.GetAttribute("lang"));
        Assert.Equal(answer.Full, page.QuerySelector("#full-answer")!.TextContent);
        Assert.Equal("rtl", page.QuerySelector("textarea[name='wording.Full']")!.GetAttribute("dir"));
        Assert.Equal(answer.Source, page.QuerySelector("#source")!.TextContent);
    }

    [Fact]
    public async Task A_worker_changes_their_prison_s_visiting_times_and_the_answer_changes_at_once_with_its_history()
    {
        await using var app = new ConsoleApplication();
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var response = await worker.SubmitAsync(LeicesterSessions, LeicesterSessions,
            new() { ["change.Value"] = "mon-fri 14:10-16:00\nwed 17:15-18:45", ["change.Source"] = "visits notice, 20 November" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var answer = await worker.PageAsync(LeicesterVisits);
        Assert.Contains("Mon to Fri 2:10pm to 4pm", answer.QuerySelector("#short-answer")!.TextContent);
        Assert.Contains("visits notice, 20 November", answer.QuerySelector("#source")!.TextContent);
        var fact = await worker.PageAsync(LeicesterSessions);
        Assert.Contains("worker.leicester@demo.test", fact.QuerySelector("#history")!.TextContent);
        var edit = Assert.Single(await EditsAsync(app));
        Assert.Equal((ContentChangeKind.Fact, "leicester", "visiting_sessions"), (edit.Kind, edit.EstablishmentId, edit.Key));
        Assert.True(await app.WithDatabaseAsync(db => db.AuditLog.AnyAsync(a => a.EntityId == edit.Id.ToString() && a.Action == "changed content")));

        response = await worker.SubmitAsync(LeicesterSessions, $"/ContentReview/Fact?handler=PutBack&establishment=leicester&name=visiting_sessions&edit={edit.Id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Knowledge().GetAnswer("visiting-times", "en", "leicester").Short, (await worker.PageAsync(LeicesterVisits)).QuerySelector("#short-answer")!.TextContent);
    }

    [Fact]
    public async Task A_malformed_time_is_refused_with_the_reason_and_nothing_changes()
    {
        await using var app = new ConsoleApplication();
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var response = await worker.SubmitAsync(LeicesterSessions, LeicesterSessions,
            new() { ["change.Value"] = "mon-fri 14:00-25:00", ["change.Source"] = "visits notice" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ConsoleBrowser.ParseAsync(response);
        Assert.Contains("'25:00' should be a 24-hour time like 13:45", page.QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Empty(await EditsAsync(app));
        Assert.Empty(await app.WithDatabaseAsync(db => db.AuditLog.Where(a => a.EntityType == "content").ToListAsync()));
    }

    [Fact]
    public async Task A_worker_rewords_their_prison_s_answer_and_a_wording_naming_a_missing_fact_is_refused()
    {
        await using var app = new ConsoleApplication();
        using var worker = await app.SignInAsync("worker.leicester@demo.test");
        var wording = Knowledge().Wording("visiting-times", "en", "leicester");
        var action = "/ContentReview/Answer?handler=Wording&intent=visiting-times&language=en&establishment=leicester";

        var refused = await worker.SubmitAsync(LeicesterVisits, action,
            new() { ["wording.Short"] = "Visits: {visiting_hours}.", ["wording.Full"] = wording.Full, ["wording.Source"] = "shorter" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("{visiting_hours}, which is not a fact", (await ConsoleBrowser.ParseAsync(refused)).QuerySelector("#wording_Short-error")!.TextContent);
        Assert.Empty(await EditsAsync(app));

        var saved = await worker.SubmitAsync(LeicesterVisits, action,
            new() { ["wording.Short"] = "Leicester visits: {visiting_sessions}. Book first.", ["wording.Full"] = wording.Full, ["wording.Source"] = "shorter" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith("Leicester visits: ", (await worker.PageAsync(LeicesterVisits)).QuerySelector("#short-answer")!.TextContent);
        Assert.DoesNotContain("Leicester visits", (await worker.PageAsync("/ContentReview/Answer?intent=visiting-times&language=cy&establishment=leicester")).QuerySelector("#short-answer")!.TextContent);
        Assert.Equal(ContentChangeKind.ShortAnswer, Assert.Single(await EditsAsync(app)).Kind);
    }

    [Fact]
    public async Task A_worker_cannot_see_or_change_another_establishment_s_content()
    {
        await using var app = new ConsoleApplication();
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        foreach (var url in new[]
        {
            "/ContentReview?establishment=chelmsford", "/ContentReview/Facts?establishment=chelmsford",
            "/ContentReview/Fact?establishment=chelmsford&name=visiting_sessions", "/ContentReview/Answer?intent=visiting-times&language=en&establishment=chelmsford",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await worker.Client.GetAsync(url)).StatusCode);
        }

        var post = await worker.PostAsync("/ContentReview/Fact?establishment=chelmsford&name=visiting_sessions",
            new() { ["change.Value"] = "mon 10:00-11:00", ["change.Source"] = "guess" });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Empty(await EditsAsync(app));
    }

    [Fact]
    public async Task Only_managers_change_national_facts_and_the_wording_every_prison_shares()
    {
        await using var app = new ConsoleApplication();
        using var worker = await app.SignInAsync("worker.leicester@demo.test");
        const string helpline = "/ContentReview/Fact?establishment=national&name=helpline_phone";
        const string nationalWording = "/ContentReview/Answer?handler=Wording&intent=dress-code&language=en&establishment=national";

        Assert.Equal("/Account/AccessDenied", (await worker.Client.GetAsync(helpline)).Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostAsync(helpline, new() { ["change.Value"] = "0800 000 000", ["change.Source"] = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostAsync(nationalWording, new() { ["wording.Short"] = "Wear clothes.", ["wording.Full"] = "Wear clothes.", ["wording.Source"] = "x" })).StatusCode);
        Assert.Empty(await EditsAsync(app));
        var national = await worker.PageAsync("/ContentReview/Answer?intent=dress-code&language=en&establishment=national");
        Assert.NotNull(national.QuerySelector("#managers-only"));
        Assert.Null(national.QuerySelector("textarea"));

        using var manager = await app.SignInAsync("manager@demo.test");
        var response = await manager.SubmitAsync(helpline, helpline, new() { ["change.Value"] = "0808 000 1111", ["change.Source"] = "new helpline number" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("0808 000 1111", (await manager.PageAsync("/ContentReview/Answer?intent=contact-the-prison&language=en&establishment=chelmsford")).QuerySelector("#short-answer")!.TextContent);
    }

    [Fact]
    public async Task Questions_not_answered_are_grouped_with_counts_and_a_group_is_resolved_together()
    {
        await using var app = new ConsoleApplication();
        var now = DateTime.UtcNow;
        await app.WithDatabaseAsync(async db =>
        {
            foreach (var (text, establishment, minutes) in new (string, string?, int)[]
            {
                ("can I bring my dog to the visit", "leicester", 1), ("can i bring my dogs to the visit?", "leicester", 2),
                ("Can I bring my dog to visit", null, 3), ("where do I park my car", "leicester", 4),
                ("can I bring my dog to the visit", "chelmsford", 5),
            })
            {
                db.UnansweredQuestions.Add(new UnansweredQuestion { Text = text, EstablishmentId = establishment, Language = "en", Channel = Channel.Sms, AskedAt = now.AddMinutes(-minutes) });
            }

            await db.SaveChangesAsync();
        });
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var page = await worker.PageAsync("/ContentReview/Unanswered");

        var groups = page.QuerySelectorAll("tr[data-group]").ToList();
        Assert.Equal(2, groups.Count);
        Assert.Equal("3", groups[0].QuerySelector(".app-count")!.TextContent);
        Assert.Contains("dog", groups[0].TextContent);
        Assert.Equal("1", groups[1].QuerySelector(".app-count")!.TextContent);
        Assert.Contains("4 open questions in 2 groups", page.QuerySelector("#questions-count")!.TextContent);

        var form = groups[0].QuerySelector("form")!;
        var fields = form.QuerySelectorAll("input[name=questions]").Select(i => new KeyValuePair<string, string>("questions", i.GetAttribute("value")!)).ToList();
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        fields.Add(new("__RequestVerificationToken", token));
        var response = await worker.Client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var open = await app.WithDatabaseAsync(db => db.UnansweredQuestions.Where(q => q.ResolvedAt == null).Select(q => q.Text + "/" + q.EstablishmentId).ToListAsync());
        Assert.Equal(["can I bring my dog to the visit/chelmsford", "where do I park my car/leicester"], open.Order());
        Assert.Contains("1 open question in 1 group", (await worker.PageAsync("/ContentReview/Unanswered")).QuerySelector("#questions-count")!.TextContent);
    }

    [Fact]
    public async Task A_worker_cannot_resolve_another_establishment_s_questions()
    {
        await using var app = new ConsoleApplication();
        var question = new UnansweredQuestion { Text = "can I bring my dog", EstablishmentId = "chelmsford", Language = "en", Channel = Channel.Sms, AskedAt = DateTime.UtcNow };
        await app.WithDatabaseAsync(async db =>
        {
            db.UnansweredQuestions.Add(question);
            await db.SaveChangesAsync();
        });
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        Assert.Empty((await worker.PageAsync("/ContentReview/Unanswered")).QuerySelectorAll("tr[data-group]"));
        var response = await worker.PostAsync("/ContentReview/Unanswered?handler=Resolve", new() { ["questions"] = question.Id.ToString() });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await app.WithDatabaseAsync(db => db.UnansweredQuestions.Select(q => q.ResolvedAt).SingleAsync()));
    }

    [Fact]
    public async Task Did_this_help_shows_yes_and_no_per_answer_and_language_for_the_worker_s_establishments()
    {
        await using var app = new ConsoleApplication();
        await app.WithDatabaseAsync(async db =>
        {
            foreach (var (intent, language, establishment, helpful) in new (string, string, string?, bool)[]
            {
                ("visiting-times", "en", "leicester", true), ("visiting-times", "en", "leicester", true), ("visiting-times", "en", null, true),
                ("visiting-times", "en", "leicester", false), ("visiting-times", "pl", "leicester", false), ("dress-code", "en", "chelmsford", false),
            })
            {
                db.AnswerFeedback.Add(new AnswerFeedback { Intent = intent, Language = language, EstablishmentId = establishment, Helpful = helpful, At = DateTime.UtcNow });
            }

            await db.SaveChangesAsync();
        });
        using var worker = await app.SignInAsync("worker.leicester@demo.test");

        var page = await worker.PageAsync("/ContentReview/Feedback");

        string[] Cells(string answer) => page.QuerySelector($"tr[data-answer='{answer}']")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(["Visiting times", "English", "3", "1", "75%"], Cells("visiting-times/en"));
        Assert.Equal(["Visiting times", "Polish", "0", "1", "0%"], Cells("visiting-times/pl"));
        Assert.Null(page.QuerySelector("tr[data-answer='dress-code/en']"));
        var leicesterOnly = await worker.PageAsync("/ContentReview/Feedback?establishment=leicester");
        Assert.Equal("67%", leicesterOnly.QuerySelector("tr[data-answer='visiting-times/en']")!.QuerySelectorAll("td")[4].TextContent.Trim());
        Assert.Contains("2 yes, 1 no (66% helped)", (await worker.PageAsync(LeicesterVisits)).QuerySelector("#feedback")!.TextContent);
    }

    private static KnowledgeBase Knowledge() => KnowledgeBase.Load(KnowledgeBase.DefaultContentRoot);

    /// <summary>The console over a copy of the content whose Leicester facts were last reviewed long ago.</summary>
    private sealed class StaleContentConsole : ConsoleApplication
    {
        private readonly string content = Path.Combine(Path.GetTempPath(), "fs-stale-content-" + Guid.NewGuid().ToString("N"));

        public StaleContentConsole()
        {
            foreach (var file in Directory.GetFiles(KnowledgeBase.DefaultContentRoot, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(content, Path.GetRelativePath(KnowledgeBase.DefaultContentRoot, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var leicester = Path.Combine(content, "establishments", "leicester.yaml");
            File.WriteAllText(leicester, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(leicester), "(?m)^reviewed: .*$", "reviewed: 2025-01-06"));
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Knowledge:ContentPath", content);
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Directory.Delete(content, recursive: true);
        }
    }
}

using FamilyServices.Knowledge.Editing;

namespace FamilyServices.Knowledge.Tests.Editing;

/// <summary>Corrections made in the staff console, laid over the content files.</summary>
public class ContentOverlayTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static ContentChange Fact(string? establishment, string name, string? value, DateOnly? on = null) =>
        new(ContentChangeKind.Fact, establishment, null, name, value, "visits notice (staff console)", on ?? Today);

    private static ContentChange Wording(ContentChangeKind kind, string? establishment, string language, string intent, string? value) =>
        new(kind, establishment, language, intent, value, "new wording (staff console)", Today);

    private static KnowledgeBase Load(params ContentChange[] changes) =>
        KnowledgeBase.Load(KnowledgeBase.DefaultContentRoot, new ContentOverlay(changes));

    private static string Problem(params ContentChange[] changes) =>
        Assert.Throws<ContentException>(() => Load(changes)).Problem;

    [Fact]
    public void A_changed_visiting_time_is_in_every_language_of_that_prison_and_nowhere_else()
    {
        var knowledge = Load(Fact("leicester", "visiting_sessions", "mon-fri 14:10-16:00\nwed 17:15-18:45"));

        Assert.Contains("Mon to Fri 2:10pm to 4pm", knowledge.GetAnswer("visiting-times", "en", "leicester").Short);
        Assert.DoesNotContain("1:45pm", knowledge.GetAnswer("visiting-times", "en", "leicester").Full);
        Assert.Contains("14:10", knowledge.GetAnswer("visiting-times", "pl", "leicester").Full);
        Assert.Contains("visits notice", knowledge.GetAnswer("visiting-times", "en", "leicester").Source);
        Assert.Equal(Shared.Knowledge.GetAnswer("visiting-times", "en", "chelmsford"), knowledge.GetAnswer("visiting-times", "en", "chelmsford"));
    }

    [Fact]
    public void A_changed_national_phone_number_reaches_every_prison()
    {
        var knowledge = Load(Fact(null, "helpline_phone", "0808 000 1111"));

        Assert.Contains("0808 000 1111", knowledge.GetAnswer("support-services", "en", null).Full);
        Assert.Contains("0808 000 1111", knowledge.GetAnswer("contact-the-prison", "en", "chelmsford").Short);
        Assert.DoesNotContain("0808 808 2003", knowledge.GetAnswer("contact-the-prison", "en", "chelmsford").Short);
    }

    [Fact]
    public void The_latest_change_wins_and_a_put_back_restores_the_content_files()
    {
        var first = Fact("leicester", "visiting_sessions", "mon 10:00-11:00", Today.AddDays(-1));
        var second = Fact("leicester", "visiting_sessions", "tue 12:30-13:00");

        Assert.Contains("12:30pm", Load(first, second).GetAnswer("visiting-times", "en", "leicester").Short);
        Assert.Equal(
            Shared.Knowledge.GetAnswer("visiting-times", "en", "leicester").Short,
            Load(first, second, Fact("leicester", "visiting_sessions", null)).GetAnswer("visiting-times", "en", "leicester").Short);
    }

    [Fact]
    public void A_prison_s_own_wording_applies_there_and_the_national_wording_everywhere_else()
    {
        var knowledge = Load(
            Wording(ContentChangeKind.ShortAnswer, null, "en", "visiting-times", "Visits: {visiting_sessions}. Book first, please."),
            Wording(ContentChangeKind.ShortAnswer, "leicester", "en", "visiting-times", "Leicester visits: {visiting_sessions}."));

        Assert.StartsWith("Leicester visits: ", knowledge.GetAnswer("visiting-times", "en", "leicester").Short);
        Assert.StartsWith("Visits: ", knowledge.GetAnswer("visiting-times", "en", "chelmsford").Short);
        Assert.Equal(Shared.Knowledge.GetAnswer("visiting-times", "cy", "chelmsford"), knowledge.GetAnswer("visiting-times", "cy", "chelmsford"));
        Assert.Equal(("Leicester visits: {visiting_sessions}.", knowledge.Wording("visiting-times", "en", null).Full), knowledge.Wording("visiting-times", "en", "leicester"));
    }

    [Fact]
    public void A_full_answer_s_lines_and_alternatives_are_typed_a_line_each_with_bars_between_alternatives()
    {
        var wording = Shared.Knowledge.Wording("booking-a-visit", "en", "leicester");
        Assert.Contains(" || ", wording.Short);

        var knowledge = Load(Wording(ContentChangeKind.FullAnswer, "chelmsford", "en", "booking-a-visit",
            "Call {visits_booking_phone}. || Book at {online_booking}.\n\nBring ID."));

        Assert.Equal("Book at www.gov.uk/prison-visits.\nBring ID.", knowledge.GetAnswer("booking-a-visit", "en", "chelmsford").Full);
    }

    [Fact]
    public void Rewording_or_marking_an_answer_reviewed_moves_its_review_date()
    {
        var before = Shared.Knowledge.GetAnswer("dress-code", "ar", "littlehey").LastReviewed;
        var later = before.AddMonths(4);

        var knowledge = Load(new ContentChange(ContentChangeKind.Reviewed, "littlehey", "ar", "dress-code", "reviewed", "reviewed", later));

        Assert.Equal(later, knowledge.GetAnswer("dress-code", "ar", "littlehey").LastReviewed);
        Assert.Equal(before, knowledge.GetAnswer("dress-code", "ur", "littlehey").LastReviewed);
        Assert.Equal(before, knowledge.GetAnswer("dress-code", "ar", "leicester").LastReviewed);
    }

    [Theory]
    [InlineData("mon 25:00-26:00", "'25:00' should be a 24-hour time like 13:45")]
    [InlineData("mon 15:00-14:00", "the end time 14:00 should be after the start time 15:00")]
    [InlineData("mondays 13:45-15:30", "'mondays' is not a day")]
    [InlineData("every afternoon", "should be days then times")]
    [InlineData("  \n ", "Enter a value")]
    public void A_malformed_session_is_refused_saying_what_is_wrong(string value, string problem)
    {
        Assert.Contains(problem, Problem(Fact("leicester", "visiting_sessions", value)));
    }

    [Fact]
    public void Wording_that_names_a_fact_that_does_not_exist_is_refused()
    {
        Assert.Contains("{visting_sessions}, which is not a fact",
            Problem(Wording(ContentChangeKind.ShortAnswer, "leicester", "en", "visiting-times", "Visits: {visting_sessions}.")));
    }

    [Fact]
    public void Empty_wording_is_refused()
    {
        Assert.Contains("The web chat answer is empty", Problem(Wording(ContentChangeKind.FullAnswer, null, "en", "dress-code", " \n ")));
    }

    [Fact]
    public void A_text_message_answer_longer_than_two_messages_is_refused()
    {
        var problem = Problem(Wording(ContentChangeKind.ShortAnswer, "leicester", "en", "dress-code", string.Join(" ", Enumerable.Repeat("Wear plain clothes.", 20))));

        Assert.Contains("would need 3 text messages; it must fit in 2", problem);
        Assert.Contains("HMP Leicester", problem);
    }

    [Fact]
    public void A_longer_fact_that_pushes_a_text_message_answer_over_two_messages_is_refused()
    {
        var sessions = string.Join("\n", Enumerable.Range(8, 12).Select(h => $"mon, wed, fri {h:00}:00-{h:00}:30"));

        Assert.Contains("it must fit in 2", Problem(Fact("leicester", "visiting_sessions", sessions)));
    }

    [Fact]
    public void A_fact_keeps_its_kind()
    {
        Assert.Contains("is a single line", Problem(Fact("littlehey", "visits_booking_phone", "01480 000000\n01480 111111")));
        Assert.Contains("yes or no fact", Problem(Fact("chelmsford", "refreshments", "no")));
        Assert.Contains("There is no fact 'parking_spaces'", Problem(Fact("leicester", "parking_spaces", "12")));
    }

    [Fact]
    public void Facts_are_shown_to_workers_the_way_they_type_them()
    {
        var sessions = Shared.Knowledge.Establishment("leicester")!.Facts["visiting_sessions"];

        Assert.Equal("mon, tue, wed, thu, fri, sat, sun 13:45-15:45\nwed 17:15-18:45", FactText.Format(sessions));
        Assert.Equal(sessions.Value, FactText.Parse(sessions, FactText.Format(sessions), "same").Value, new SessionsComparer());
        Assert.Equal(FactText.Parse(sessions, "mon-sun 13:45-15:45\nwed 17:15-18:45", "x").Value, sessions.Value, new SessionsComparer());
    }

    private sealed class SessionsComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) =>
            x is IReadOnlyList<Session> a && y is IReadOnlyList<Session> b && a.Count == b.Count &&
            a.Zip(b).All(p => p.First.Start == p.Second.Start && p.First.End == p.Second.End && p.First.Days.SequenceEqual(p.Second.Days));

        public int GetHashCode(object obj) => 0;
    }
}

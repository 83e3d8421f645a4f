using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Complaints;
using FamilyServices.Casework.ContactRequests;
using FamilyServices.Casework.ContentReview;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.ManagementInformation;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Referrals;
using FamilyServices.Casework.Surveys;
using Microsoft.Extensions.Options;
using static FamilyServices.Casework.Tests.ManagementInformation.ReportRecords;

namespace FamilyServices.Casework.Tests.ManagementInformation;

/// <summary>
/// The third quarter of 2026 at Leicester, reported on the morning of 1 October. Every section has
/// records just inside the quarter, just outside it, and at Chelmsford, which must not count.
/// </summary>
public class QuarterlyReportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Contacts_count_the_conversations_started_in_the_quarter_by_channel_and_language(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            db.Conversations.AddRange(
                Conversation(Leicester, Channel.Sms, "en", FirstMoment),
                Conversation(Leicester, Channel.Sms, "pl", At(8, 10)),
                Conversation(Leicester, Channel.WebChat, "pl", LastMoment),
                Conversation(Leicester, Channel.WebChat, "cy", BeforeQuarter),
                Conversation(Leicester, Channel.Sms, "en", AfterQuarter),
                Conversation(Chelmsford, Channel.Sms, "en", At(8, 10)),
                Conversation(null, Channel.Sms, "en", At(8, 10)));
            await db.SaveChangesAsync();
        }

        var report = await ReportAsync(database);

        Assert.Equal(3, report.Contacts.Conversations);
        Assert.Equal([new Tally("SMS", 2), new Tally("Web chat", 1)], report.Contacts.ByChannel);
        Assert.Equal([new Tally("Polish", 2), new Tally("English", 1)], report.Contacts.ByLanguage);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Questions_count_the_assistants_answers_by_topic_and_the_questions_it_could_not_answer(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            var july = Conversation(Leicester, Channel.Sms, "en", FirstMoment);
            july.Messages.AddRange(
                Message(MessageAuthor.Family, "visiting-times", FirstMoment),
                Message(MessageAuthor.Assistant, "visiting-times", FirstMoment),
                Message(MessageAuthor.Assistant, "id-requirements", At(7, 1, 9)),
                Message(MessageAuthor.Assistant, null, At(7, 1, 9)),
                Message(MessageAuthor.Assistant, "fallback", At(7, 1, 9)));
            var august = Conversation(Leicester, Channel.WebChat, "pl", At(8, 10));
            august.Messages.Add(Message(MessageAuthor.Assistant, "visiting-times", At(8, 10)));
            // Started in June, answered in July: the answer belongs to July's quarter.
            var june = Conversation(Leicester, Channel.Sms, "en", BeforeQuarter);
            june.Messages.AddRange(
                Message(MessageAuthor.Assistant, "visiting-times", BeforeQuarter),
                Message(MessageAuthor.Assistant, "letters", At(7, 2)));
            var late = Conversation(Leicester, Channel.Sms, "en", LastMoment);
            late.Messages.Add(Message(MessageAuthor.Assistant, "letters", AfterQuarter));
            var chelmsford = Conversation(Chelmsford, Channel.Sms, "en", At(8, 10));
            chelmsford.Messages.Add(Message(MessageAuthor.Assistant, "dress-code", At(8, 10)));
            db.Conversations.AddRange(july, august, june, late, chelmsford);

            db.UnansweredQuestions.AddRange(
                Unanswered(Leicester, At(8, 1), resolvedAt: null),
                Unanswered(Leicester, At(9, 1), resolvedAt: At(9, 20)),
                Unanswered(Leicester, BeforeQuarter, resolvedAt: null),
                Unanswered(Chelmsford, At(8, 1), resolvedAt: null));
            await db.SaveChangesAsync();
        }

        var report = await ReportAsync(database);

        Assert.Equal(4, report.Questions.Answered);
        Assert.Equal([new Tally("Visiting times", 2), new Tally("Id requirements", 1), new Tally("Letters", 1)], report.Questions.AnsweredByTopic);
        Assert.Equal(2, report.Questions.NotAnswered);
        Assert.Equal(1, report.Questions.NotAnsweredStillOpen);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Escalations_are_counted_by_kind_category_and_severity_with_time_to_acknowledgement_against_target(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            db.Escalations.AddRange(
                // Emergency, target 15 minutes: 10 minutes met, 30 minutes missed.
                Escalation(Leicester, Severity.Emergency, "self-harm", At(7, 6, 10), acknowledgedAt: At(7, 6, 10, 10)),
                Escalation(Leicester, Severity.Emergency, "self-harm", At(7, 7, 10), acknowledgedAt: At(7, 7, 10, 30)),
                // Urgent, target 4 hours: 3 hours met; raised on the quarter's last evening and never acknowledged, missed by the morning.
                Escalation(Leicester, Severity.Urgent, "bullying", At(8, 3, 9), acknowledgedAt: At(8, 3, 12)),
                Escalation(Leicester, Severity.Urgent, "debt", At(9, 30, 20), acknowledgedAt: null),
                // Routine, target 2 working days: Friday 16:00 to Tuesday 09:00 is met only because weekends do not count.
                Escalation(Leicester, Severity.Routine, "debt", At(9, 25, 16), acknowledgedAt: At(9, 29, 9)),
                // Resolved at once without a separate acknowledgement: the resolution is the response.
                Escalation(Leicester, Severity.Routine, "debt", At(8, 12, 10), acknowledgedAt: null, resolvedAt: At(8, 13, 9)),
                // A request for a person on Wednesday, due Friday: still within target on Thursday morning.
                Escalation(Leicester, Severity.Routine, null, At(9, 30, 10), acknowledgedAt: null, kind: EscalationKind.Handover),
                Escalation(Leicester, Severity.Emergency, "self-harm", BeforeQuarter, acknowledgedAt: null),
                Escalation(Leicester, Severity.Emergency, "self-harm", AfterQuarter, acknowledgedAt: null),
                Escalation(Chelmsford, Severity.Emergency, "self-harm", At(8, 1), acknowledgedAt: null));
            await db.SaveChangesAsync();
        }

        var report = await ReportAsync(database);
        var escalations = report.Escalations;

        Assert.Equal(7, escalations.Raised);
        Assert.Equal([new Tally("Welfare concern", 6), new Tally("Asked to talk to a person", 1)], escalations.ByKind);
        Assert.Equal([new Tally("Debt", 3), new Tally("Self harm", 2), new Tally("Bullying", 1), new Tally("Not recorded", 1)], escalations.ByCategory);
        Assert.Equal([new Tally("Emergency", 2), new Tally("Urgent", 2), new Tally("Routine", 3)], escalations.BySeverity);

        var emergency = escalations.ResponseTimes.Single(r => r.Severity == Severity.Emergency);
        Assert.Equal(("15 minutes", 1, 1, 0, 20, 50.0), (emergency.Target, emergency.Met, emergency.Missed, emergency.Awaiting, emergency.MedianMinutesToAcknowledge, emergency.PercentMet));
        var urgent = escalations.ResponseTimes.Single(r => r.Severity == Severity.Urgent);
        Assert.Equal(("4 hours", 1, 1, 0, 180, 50.0), (urgent.Target, urgent.Met, urgent.Missed, urgent.Awaiting, urgent.MedianMinutesToAcknowledge, urgent.PercentMet));
        var routine = escalations.ResponseTimes.Single(r => r.Severity == Severity.Routine);
        // Median of 23 hours (1,380 minutes) and 3 days 17 hours (5,340 minutes).
        Assert.Equal(("2 working days", 2, 0, 1, 3360, 100.0), (routine.Target, routine.Met, routine.Missed, routine.Awaiting, routine.MedianMinutesToAcknowledge, routine.PercentMet));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Referrals_sent_in_the_quarter_are_counted_by_kind_of_service_and_status_at_the_establishment_of_their_case(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            var leicesterCase = new Case { Reference = "K-2026-000001", PrisonerName = "A Person", EstablishmentId = Leicester, OpenedAt = At(7, 1) };
            var chelmsfordCase = new Case { Reference = "K-2026-000002", PrisonerName = "B Person", EstablishmentId = Chelmsford, OpenedAt = At(7, 1) };
            db.Cases.AddRange(leicesterCase, chelmsfordCase);
            db.Referrals.AddRange(
                Referral(leicesterCase, DebtAdvice, ReferralStatus.Sent, createdAt: At(7, 14), sentAt: At(7, 15)),
                Referral(leicesterCase, CitizensAdvice, ReferralStatus.Accepted, createdAt: At(8, 1), sentAt: At(8, 1)),
                Referral(leicesterCase, DebtAdvice, ReferralStatus.Completed, createdAt: At(9, 1), sentAt: At(9, 1)),
                // Sent without the send time recorded: its creation is when it went.
                Referral(leicesterCase, FamiliesHelpline, ReferralStatus.Declined, createdAt: At(8, 20), sentAt: null),
                // Written in June, sent in July.
                Referral(leicesterCase, DebtAdvice, ReferralStatus.Sent, createdAt: BeforeQuarter, sentAt: At(7, 1)),
                Referral(leicesterCase, DebtAdvice, ReferralStatus.Draft, createdAt: At(8, 1), sentAt: null),
                Referral(leicesterCase, DebtAdvice, ReferralStatus.Sent, createdAt: At(6, 1), sentAt: BeforeQuarter),
                Referral(leicesterCase, DebtAdvice, ReferralStatus.Sent, createdAt: LastMoment, sentAt: AfterQuarter),
                Referral(chelmsfordCase, DebtAdvice, ReferralStatus.Sent, createdAt: At(8, 1), sentAt: At(8, 1)));
            await db.SaveChangesAsync();
        }

        var report = await ReportAsync(database);

        Assert.Equal(5, report.Referrals.Sent);
        Assert.Equal([new Tally("Debt", 3), new Tally("Advice", 1), new Tally("Family support", 1)], report.Referrals.ByServiceKind);
        Assert.Equal([new Tally("Sent", 2), new Tally("Accepted", 1), new Tally("Declined", 1), new Tally("Completed", 1)], report.Referrals.ByStatus);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Contact_reestablishment_counts_requests_opened_and_those_that_ended_in_the_quarter(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            db.ContactRequests.AddRange(
                ContactRequest(Leicester, ContactRequestOrigin.Family, requestedAt: At(7, 3), ContactStage.Requested, updatedAt: At(7, 3)),
                ContactRequest(Leicester, ContactRequestOrigin.PersonInPrison, requestedAt: At(8, 3), ContactStage.Reestablished, updatedAt: At(9, 20)),
                // Opened in March, re-established in July.
                ContactRequest(Leicester, ContactRequestOrigin.Family, requestedAt: At(3, 3), ContactStage.Reestablished, updatedAt: At(7, 20)),
                ContactRequest(Leicester, ContactRequestOrigin.PersonInPrison, requestedAt: At(5, 3), ContactStage.NotPossible, updatedAt: At(8, 10), ContactAlternative.PenfriendScheme),
                ContactRequest(Leicester, ContactRequestOrigin.Family, requestedAt: BeforeQuarter, ContactStage.NotPossible, updatedAt: AfterQuarter),
                ContactRequest(Chelmsford, ContactRequestOrigin.Family, requestedAt: At(8, 3), ContactStage.Reestablished, updatedAt: At(8, 30)));
            await db.SaveChangesAsync();
        }

        var report = await ReportAsync(database);
        var contact = report.ContactReestablishment;

        Assert.Equal(2, contact.Opened);
        Assert.Equal([new Tally("Asked by family", 1), new Tally("Asked by person in prison", 1)], contact.OpenedByOrigin);
        Assert.Equal(2, contact.Reestablished);
        Assert.Equal(1, contact.NotPossible);
        Assert.Equal(1, contact.NotPossibleByAlternativeOffered.Single(t => t.Label == "Penfriend scheme").Value);
        Assert.Equal(1, contact.NotPossibleByAlternativeOffered.Sum(t => t.Value));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Complaints_received_in_the_quarter_are_counted_as_answered_on_time_late_or_awaiting_an_answer(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            db.Complaints.AddRange(
                Complaint(Leicester, "booking", receivedAt: At(7, 2), dueBy: At(7, 16), respondedAt: At(7, 10), ComplaintOutcome.Upheld),
                // Answered at the very moment it was due: on time.
                Complaint(Leicester, "staff", receivedAt: At(8, 3), dueBy: At(8, 17, 12), respondedAt: At(8, 17, 12), ComplaintOutcome.NotUpheld),
                Complaint(Leicester, "booking", receivedAt: At(8, 20), dueBy: At(9, 3), respondedAt: At(9, 10), ComplaintOutcome.PartlyUpheld),
                Complaint(Leicester, "visitor-centre", receivedAt: At(9, 1), dueBy: At(9, 15), respondedAt: null),
                Complaint(Leicester, "booking", receivedAt: LastMoment, dueBy: At(10, 14), respondedAt: null),
                Complaint(Leicester, "booking", receivedAt: BeforeQuarter, dueBy: At(7, 14), respondedAt: null),
                Complaint(Chelmsford, "booking", receivedAt: At(8, 1), dueBy: At(8, 14), respondedAt: null));
            await db.SaveChangesAsync();
        }

        var report = await ReportAsync(database);
        var complaints = report.Complaints;

        Assert.Equal((5, 2, 1, 1, 1), (complaints.Received, complaints.AnsweredOnTime, complaints.AnsweredLate, complaints.AwaitingAnswerOverdue, complaints.AwaitingAnswerWithinTime));
        Assert.Equal(50.0, complaints.PercentAnsweredOnTime);
        Assert.Equal([new Tally("Booking", 3), new Tally("Staff", 1), new Tally("Visitor centre", 1)], complaints.ByTopic);
        Assert.Equal(
            [new Tally("Upheld", 1), new Tally("Partly upheld", 1), new Tally("Not upheld", 1), new Tally("Withdrawn", 0), new Tally("No outcome yet", 2)],
            complaints.ByOutcome);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Survey_scores_give_the_number_of_responses_and_the_average_of_those_who_answered_each_question(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            db.SurveyResponses.AddRange(SurveyRecords());
            await db.SaveChangesAsync();
        }

        var report = await ReportAsync(database);

        Assert.Equal(3, report.Surveys.Responses);
        Assert.Equal(
            [
                new QuestionScore(SurveyScores.Booking, 3, 3.67),
                new QuestionScore(SurveyScores.Welcome, 2, 4.5),
                new QuestionScore(SurveyScores.Information, 3, 4.0),
                new QuestionScore(SurveyScores.Facilities, 2, 2.5),
                new QuestionScore(SurveyScores.Overall, 3, 4.33),
            ],
            report.Surveys.Questions);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_report_lists_what_changed_in_answer_to_feedback_published_for_the_quarter(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            db.YouSaidWeDid.AddRange(
                Change(Leicester, Q3, "The queue was long", "We open the centre 30 minutes earlier", At(9, 20)),
                Change(Leicester, Q3, "No baby changing", "We added a baby changing table", At(8, 2)),
                Change(Leicester, Q3.Previous, "Too hot", "We fixed the fans", At(6, 2)),
                Change(Chelmsford, Q3, "Lockers broken", "We replaced the lockers", At(8, 2)));
            await db.SaveChangesAsync();
        }

        var report = await ReportAsync(database);

        Assert.Equal(["We added a baby changing table", "We open the centre 30 minutes earlier"], report.YouSaidWeDid.Select(c => c.WeDid));
        Assert.Contains(report.Figures(), f => f is { Section: "You said, we did", Measure: "Changes published", Value: 2 });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_quarter_with_no_records_reports_zeros_and_no_averages(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var report = await ReportAsync(database);

        Assert.Equal("HMP Leicester", report.EstablishmentName);
        Assert.Equal(0, report.Contacts.Conversations);
        Assert.Equal(0, report.Escalations.Raised);
        Assert.All(report.Escalations.ResponseTimes, r => Assert.Null(r.PercentMet));
        Assert.Equal(0, report.Complaints.Received);
        Assert.Null(report.Complaints.PercentAnsweredOnTime);
        Assert.Equal(0, report.Surveys.Responses);
        Assert.All(report.Surveys.Questions, q => Assert.Null(q.Average));
        Assert.Contains(report.Figures(), f => f is { Section: "Complaints", Measure: "Received", Value: 0 });
    }

    [Fact]
    public async Task An_unknown_establishment_is_refused_rather_than_reported_as_empty()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.NewContext();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            new QuarterlyReport(db, Options.Create(new ResponseTargetSettings()), new FixedClock(ReportedAt)).HandleAsync(new("nowhere", Q3)));
    }

    private static async Task<QuarterlyReport.Result> ReportAsync(TestDatabase database)
    {
        await using var db = ReadingContext(database);
        var report = new QuarterlyReport(db, Options.Create(new ResponseTargetSettings()), new FixedClock(ReportedAt));
        return await report.HandleAsync(new QuarterlyReport.Query(Leicester, Q3));
    }
}

using System.Globalization;
using FamilyServices.Casework.Complaints;
using FamilyServices.Casework.ContactRequests;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Referrals;
using FamilyServices.Casework.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilyServices.Casework.ManagementInformation;

/// <summary>
/// The management information a manager reports to the prison authority each quarter for one
/// establishment: contacts, questions, escalations against response targets, referrals, contact
/// re-establishment, complaints and survey scores.
/// </summary>
public sealed class QuarterlyReport(CaseworkDbContext db, IOptions<ResponseTargetSettings> targets, TimeProvider clock)
{
    public sealed record Query(string EstablishmentId, Quarter Quarter);

    public sealed record Result(
        string EstablishmentId,
        string EstablishmentName,
        Quarter Quarter,
        DateTime ProducedAt,
        ContactFigures Contacts,
        QuestionFigures Questions,
        EscalationFigures Escalations,
        ReferralFigures Referrals,
        ContactReestablishmentFigures ContactReestablishment,
        ComplaintFigures Complaints,
        SurveyScores Surveys,
        IReadOnlyList<Change> YouSaidWeDid)
    {
        /// <summary>Every figure of the report, one per line, in the order of the page: what the CSV export writes.</summary>
        public IReadOnlyList<Figure> Figures() => QuarterlyReportFigures.Flatten(this);
    }

    /// <summary>Conversations started with the assistant in the quarter.</summary>
    public sealed record ContactFigures(int Conversations, IReadOnlyList<Tally> ByChannel, IReadOnlyList<Tally> ByLanguage);

    /// <summary>
    /// Answers the assistant gave (by topic) and questions it could not answer, of which how many
    /// the content does not cover yet.
    /// </summary>
    public sealed record QuestionFigures(int Answered, IReadOnlyList<Tally> AnsweredByTopic, int NotAnswered, int NotAnsweredStillOpen);

    /// <summary>Escalations raised in the quarter.</summary>
    public sealed record EscalationFigures(
        int Raised,
        IReadOnlyList<Tally> ByKind,
        IReadOnlyList<Tally> ByCategory,
        IReadOnlyList<Tally> BySeverity,
        IReadOnlyList<ResponseTimeFigures> ResponseTimes);

    /// <summary>
    /// Time to acknowledgement against the target for one severity. Met: acknowledged in time.
    /// Missed: acknowledged late, or still not acknowledged after the target. Awaiting: not
    /// acknowledged yet, the target still ahead.
    /// </summary>
    public sealed record ResponseTimeFigures(Severity Severity, string Target, int Raised, int Met, int Missed, int Awaiting, int? MedianMinutesToAcknowledge)
    {
        /// <summary>Met as a share of those whose target has come; none when no target has come yet.</summary>
        public double? PercentMet => Met + Missed == 0 ? null : Math.Round(100.0 * Met / (Met + Missed), 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>Referrals sent to outside services in the quarter, by the kind of service and where they stand now.</summary>
    public sealed record ReferralFigures(int Sent, IReadOnlyList<Tally> ByServiceKind, IReadOnlyList<Tally> ByStatus);

    /// <summary>
    /// Requests opened in the quarter, and requests that reached the end of the workflow in the
    /// quarter: contact re-established, or not possible (with the alternative offered).
    /// </summary>
    public sealed record ContactReestablishmentFigures(
        int Opened,
        IReadOnlyList<Tally> OpenedByOrigin,
        int Reestablished,
        int NotPossible,
        IReadOnlyList<Tally> NotPossibleByAlternativeOffered);

    /// <summary>Complaints received in the quarter and whether each was answered by its deadline.</summary>
    public sealed record ComplaintFigures(
        int Received,
        int AnsweredOnTime,
        int AnsweredLate,
        int AwaitingAnswerOverdue,
        int AwaitingAnswerWithinTime,
        IReadOnlyList<Tally> ByTopic,
        IReadOnlyList<Tally> ByOutcome)
    {
        /// <summary>Answered on time as a share of those whose deadline has come or that were answered.</summary>
        public double? PercentAnsweredOnTime
        {
            get
            {
                var due = AnsweredOnTime + AnsweredLate + AwaitingAnswerOverdue;
                return due == 0 ? null : Math.Round(100.0 * AnsweredOnTime / due, 1, MidpointRounding.AwayFromZero);
            }
        }
    }

    /// <summary>What changed in answer to families' feedback, published for the quarter ("you said, we did").</summary>
    public sealed record Change(string YouSaid, string WeDid, DateTime PublishedAt);

    /// <summary>The assistant's fallback is not an answer; it is counted among the questions not answered.</summary>
    private const string NoAnswerIntent = "fallback";

    public async Task<Result> HandleAsync(Query query, CancellationToken cancellationToken = default)
    {
        var establishment = await db.Establishments.AsNoTracking()
            .SingleOrDefaultAsync(e => e.Id == query.EstablishmentId, cancellationToken)
            ?? throw new ArgumentException($"There is no establishment '{query.EstablishmentId}'.", nameof(query));
        var now = clock.GetUtcNow().UtcDateTime;
        var period = new Period(query.EstablishmentId, query.Quarter.Start, query.Quarter.End);

        // One context runs one query at a time: the sections are read one after the other.
        return new Result(
            establishment.Id,
            establishment.Name,
            query.Quarter,
            now,
            await ContactsAsync(period, cancellationToken),
            await QuestionsAsync(period, cancellationToken),
            await EscalationsAsync(period, now, cancellationToken),
            await ReferralsAsync(period, cancellationToken),
            await ContactReestablishmentAsync(period, cancellationToken),
            await ComplaintsAsync(period, now, cancellationToken),
            await SurveysAsync(period, cancellationToken),
            await db.YouSaidWeDid.AsNoTracking()
                .Where(y => y.EstablishmentId == query.EstablishmentId && y.Year == query.Quarter.Year && y.Quarter == query.Quarter.Number)
                .OrderBy(y => y.PublishedAt)
                .Select(y => new Change(y.YouSaid, y.WeDid, y.PublishedAt))
                .ToListAsync(cancellationToken));
    }

    private sealed record Period(string EstablishmentId, DateTime Start, DateTime End);

    private async Task<ContactFigures> ContactsAsync(Period period, CancellationToken cancellationToken)
    {
        var started = db.Conversations.AsNoTracking()
            .Where(c => c.EstablishmentId == period.EstablishmentId && c.StartedAt >= period.Start && c.StartedAt < period.End);
        var byChannel = await started.GroupBy(c => c.Channel)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byLanguage = await started.GroupBy(c => c.Language)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new ContactFigures(
            byChannel.Sum(c => c.Count),
            Tallies.Ordered(byChannel.Select(c => new Tally(Labels.Channel(c.Key), c.Count))),
            Tallies.Ordered(byLanguage.Select(c => new Tally(Labels.Language(c.Key), c.Count))));
    }

    private async Task<QuestionFigures> QuestionsAsync(Period period, CancellationToken cancellationToken)
    {
        // An answer is the assistant's message tagged with the intent it answered, in a conversation
        // about this establishment; conversations that never named one belong to no establishment.
        // Joined from the establishment's conversations so the database can start from its index.
        var answers = await db.Conversations.AsNoTracking()
            .Where(c => c.EstablishmentId == period.EstablishmentId)
            .Join(db.ConversationMessages, c => c.Id, m => m.ConversationId, (c, m) => m)
            .Where(m => m.Author == MessageAuthor.Assistant && m.Intent != null && m.Intent != NoAnswerIntent
                && m.SentAt >= period.Start && m.SentAt < period.End)
            .GroupBy(m => m.Intent)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var unanswered = await db.UnansweredQuestions.AsNoTracking()
            .Where(q => q.EstablishmentId == period.EstablishmentId && q.AskedAt >= period.Start && q.AskedAt < period.End)
            .GroupBy(q => q.ResolvedAt == null)
            .Select(g => new { StillOpen = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return new QuestionFigures(
            answers.Sum(a => a.Count),
            Tallies.Ordered(answers.Select(a => new Tally(Labels.Topic(a.Key), a.Count))),
            unanswered.Sum(q => q.Count),
            unanswered.Where(q => q.StillOpen).Sum(q => q.Count));
    }

    private async Task<EscalationFigures> EscalationsAsync(Period period, DateTime now, CancellationToken cancellationToken)
    {
        var raised = db.Escalations.AsNoTracking()
            .Where(e => e.EstablishmentId == period.EstablishmentId && e.RaisedAt >= period.Start && e.RaisedAt < period.End);
        var byKind = await raised.GroupBy(e => e.Kind)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var byCategory = await raised.GroupBy(e => e.Category)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // Routine targets are counted in working days, which no database can: response times are
        // worked out here from the four columns they need (a quarter holds hundreds, not millions).
        var times = await raised
            .Select(e => new { e.Severity, e.RaisedAt, FirstResponseAt = e.AcknowledgedAt ?? e.ResolvedAt })
            .ToListAsync(cancellationToken);

        var settings = targets.Value;
        var responseTimes = Enum.GetValues<Severity>().Select(severity =>
        {
            var ofSeverity = times.Where(t => t.Severity == severity).ToList();
            int met = 0, missed = 0, awaiting = 0;
            foreach (var item in ofSeverity)
            {
                var due = DueBy(severity, item.RaisedAt, settings);
                if (item.FirstResponseAt is { } respondedAt)
                {
                    if (respondedAt <= due) { met++; } else { missed++; }
                }
                else if (now > due) { missed++; }
                else { awaiting++; }
            }
            var minutes = ofSeverity
                .Where(t => t.FirstResponseAt is not null)
                .Select(t => (t.FirstResponseAt!.Value - t.RaisedAt).TotalMinutes)
                .ToList();
            return new ResponseTimeFigures(severity, DescribeTarget(severity, settings), ofSeverity.Count, met, missed, awaiting, Median(minutes));
        }).ToList();

        return new EscalationFigures(
            byKind.Values.Sum(),
            Tallies.Complete(Enum.GetValues<EscalationKind>(), byKind, Labels.EscalationKind),
            Tallies.Ordered(byCategory.Select(c => new Tally(Labels.Topic(c.Key), c.Count))),
            responseTimes.Select(r => new Tally(Labels.Severity(r.Severity), r.Raised)).ToList(),
            responseTimes);
    }

    /// <summary>When an escalation raised at <paramref name="raisedAt"/> should have been acknowledged.</summary>
    public static DateTime DueBy(Severity severity, DateTime raisedAt, ResponseTargetSettings targets) =>
        severity == Severity.Routine
            ? WorkingDays.Add(raisedAt, targets.RoutineWorkingDays)
            : raisedAt + targets.For(severity);

    private static string DescribeTarget(Severity severity, ResponseTargetSettings targets)
    {
        if (severity == Severity.Routine)
        {
            return targets.RoutineWorkingDays == 1 ? "1 working day" : $"{targets.RoutineWorkingDays} working days";
        }
        var span = targets.For(severity);
        return span.TotalMinutes < 60 || span.TotalMinutes % 60 != 0
            ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0} minutes")
            : span.TotalHours == 1 ? "1 hour" : string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0} hours");
    }

    private static int? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        values.Sort();
        var middle = values.Count / 2;
        var median = values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        return (int)Math.Round(median, MidpointRounding.AwayFromZero);
    }

    private async Task<ReferralFigures> ReferralsAsync(Period period, CancellationToken cancellationToken)
    {
        // A referral belongs to the establishment of its case; a draft was never sent, so it is not one yet.
        var sent = db.Referrals.AsNoTracking()
            .Where(r => r.Status != ReferralStatus.Draft
                && (r.SentAt ?? r.CreatedAt) >= period.Start && (r.SentAt ?? r.CreatedAt) < period.End)
            .Where(r => db.Cases.Any(c => c.Id == r.CaseId && c.EstablishmentId == period.EstablishmentId));
        var byKind = await sent.GroupBy(r => r.Service!.Kind)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byStatus = await sent.GroupBy(r => r.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new ReferralFigures(
            byStatus.Values.Sum(),
            Tallies.Ordered(byKind.Select(k => new Tally(Labels.Topic(k.Key), k.Count))),
            Tallies.Complete(Enum.GetValues<ReferralStatus>().Where(s => s != ReferralStatus.Draft), byStatus, Labels.ReferralStatus));
    }

    private async Task<ContactReestablishmentFigures> ContactReestablishmentAsync(Period period, CancellationToken cancellationToken)
    {
        var requests = db.ContactRequests.AsNoTracking().Where(r => r.EstablishmentId == period.EstablishmentId);
        var openedByOrigin = await requests
            .Where(r => r.RequestedAt >= period.Start && r.RequestedAt < period.End)
            .GroupBy(r => r.Origin)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        // The last two stages end the workflow, so a request's last update is when it reached one.
        var ended = await requests
            .Where(r => (r.Stage == ContactStage.Reestablished || r.Stage == ContactStage.NotPossible)
                && r.UpdatedAt >= period.Start && r.UpdatedAt < period.End)
            .GroupBy(r => new { r.Stage, r.AlternativeOffered })
            .Select(g => new { g.Key.Stage, g.Key.AlternativeOffered, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var notPossible = ended.Where(e => e.Stage == ContactStage.NotPossible)
            .ToDictionary(e => e.AlternativeOffered, e => e.Count);

        return new ContactReestablishmentFigures(
            openedByOrigin.Values.Sum(),
            Tallies.Complete(Enum.GetValues<ContactRequestOrigin>(), openedByOrigin, Labels.ContactOrigin),
            ended.Where(e => e.Stage == ContactStage.Reestablished).Sum(e => e.Count),
            notPossible.Values.Sum(),
            Tallies.Complete(Enum.GetValues<ContactAlternative>(), notPossible, Labels.ContactAlternative));
    }

    private async Task<ComplaintFigures> ComplaintsAsync(Period period, DateTime now, CancellationToken cancellationToken)
    {
        var received = db.Complaints.AsNoTracking()
            .Where(c => c.EstablishmentId == period.EstablishmentId && c.ReceivedAt >= period.Start && c.ReceivedAt < period.End);
        var timeliness = await received
            .GroupBy(c => c.EstablishmentId)
            .Select(g => new
            {
                Received = g.Count(),
                OnTime = g.Count(c => c.RespondedAt != null && c.RespondedAt <= c.ResponseDueBy),
                Late = g.Count(c => c.RespondedAt != null && c.RespondedAt > c.ResponseDueBy),
                Overdue = g.Count(c => c.RespondedAt == null && c.ResponseDueBy < now),
                WithinTime = g.Count(c => c.RespondedAt == null && c.ResponseDueBy >= now),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var byTopic = await received.GroupBy(c => c.About)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byOutcome = await received.GroupBy(c => c.Outcome)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // Every outcome in a fixed order, "no outcome yet" last, so quarters line up in a spreadsheet.
        var outcomes = Enum.GetValues<ComplaintOutcome>().Select(o => (ComplaintOutcome?)o).Append(null)
            .Select(o => new Tally(Labels.ComplaintOutcome(o), byOutcome.Where(b => b.Key == o).Sum(b => b.Count)))
            .ToList();

        return new ComplaintFigures(
            timeliness?.Received ?? 0,
            timeliness?.OnTime ?? 0,
            timeliness?.Late ?? 0,
            timeliness?.Overdue ?? 0,
            timeliness?.WithinTime ?? 0,
            Tallies.Ordered(byTopic.Select(t => new Tally(Labels.Topic(t.Key), t.Count))),
            outcomes);
    }

    private async Task<SurveyScores> SurveysAsync(Period period, CancellationToken cancellationToken)
    {
        var totals = await db.SurveyResponses.AsNoTracking()
            .Where(s => s.EstablishmentId == period.EstablishmentId && s.SubmittedAt >= period.Start && s.SubmittedAt < period.End)
            .GroupBy(s => s.EstablishmentId)
            .Select(SurveyScores.Totals<string?>())
            .SingleOrDefaultAsync(cancellationToken);
        return SurveyScores.From(totals);
    }
}

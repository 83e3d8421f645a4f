using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Complaints;
using FamilyServices.Casework.ContactRequests;
using FamilyServices.Casework.ContentReview;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.ManagementInformation;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Referrals;
using FamilyServices.Casework.Surveys;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FamilyServices.Casework.Tests.ManagementInformation;

/// <summary>The quarter the tests report on, its edges, and short ways to write the records in it.</summary>
internal static class ReportRecords
{
    public const string Leicester = "leicester";
    public const string Chelmsford = "chelmsford";
    public const string Littlehey = "littlehey";

    public const int CitizensAdvice = 1;
    public const int DebtAdvice = 3;
    public const int FamiliesHelpline = 6;

    public static readonly Quarter Q3 = new(2026, 3);
    public static readonly DateTime FirstMoment = Q3.Start;
    public static readonly DateTime LastMoment = Q3.End.AddSeconds(-1);
    public static readonly DateTime BeforeQuarter = Q3.Start.AddSeconds(-1);
    public static readonly DateTime AfterQuarter = Q3.End;

    /// <summary>Thursday 1 October 2026, 09:00: the morning after the quarter.</summary>
    public static readonly DateTime ReportedAt = new(2026, 10, 1, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// A context that reads as a server in Britain would: on PostgreSQL the session's time zone is
    /// London, so a month or a quarter edge taken in local time instead of UTC shows in the figures.
    /// </summary>
    public static CaseworkDbContext ReadingContext(TestDatabase database)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            return database.NewContext();
        }
        var connection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Timezone = "Europe/London" };
        var options = new DbContextOptionsBuilder<PostgresCaseworkDbContext>();
        options.UsePostgresCasework(connection.ConnectionString);
        return new PostgresCaseworkDbContext(options.Options);
    }

    public static DateTime At(int month, int day, int hour = 0, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static int sequence;

    private static int Next() => Interlocked.Increment(ref sequence);

    public static Conversation Conversation(string? establishmentId, Channel channel, string language, DateTime startedAt)
    {
        var id = $"test-{Next()}";
        return new Conversation
        {
            Channel = channel, Address = id, ExternalId = id, Language = language, EstablishmentId = establishmentId,
            StartedAt = startedAt, LastActivityAt = startedAt,
        };
    }

    public static ConversationMessage Message(MessageAuthor author, string? intent, DateTime sentAt) =>
        new() { Author = author, Text = "…", Intent = intent, SentAt = sentAt };

    public static UnansweredQuestion Unanswered(string establishmentId, DateTime askedAt, DateTime? resolvedAt) =>
        new() { Text = "can i bring a cake", EstablishmentId = establishmentId, AskedAt = askedAt, ResolvedAt = resolvedAt };

    public static Escalation Escalation(
        string establishmentId, Severity severity, string? category, DateTime raisedAt, DateTime? acknowledgedAt,
        DateTime? resolvedAt = null, EscalationKind kind = EscalationKind.WelfareConcern) => new()
    {
        Reference = $"W-2026-{Next():000000}", Kind = kind, Severity = severity, Category = category, EstablishmentId = establishmentId,
        RaisedAt = raisedAt, UpdatedAt = raisedAt, AcknowledgedAt = acknowledgedAt, ResolvedAt = resolvedAt,
        Status = resolvedAt is not null ? EscalationStatus.Resolved : acknowledgedAt is not null ? EscalationStatus.Acknowledged : EscalationStatus.New,
    };

    public static Referral Referral(Case @case, int serviceId, ReferralStatus status, DateTime createdAt, DateTime? sentAt) => new()
    {
        CaseId = @case.Id, ReferralServiceId = serviceId, ForWhom = @case.PrisonerName, Reason = "needs advice", Status = status,
        CreatedByUserId = "worker", CreatedAt = createdAt, SentAt = sentAt, UpdatedAt = sentAt ?? createdAt,
    };

    public static ContactRequest ContactRequest(
        string establishmentId, ContactRequestOrigin origin, DateTime requestedAt, ContactStage stage, DateTime updatedAt,
        ContactAlternative alternative = ContactAlternative.None) => new()
    {
        Reference = $"C-2026-{Next():000000}", Origin = origin, PrisonerName = "A Person", EstablishmentId = establishmentId,
        RequestedAt = requestedAt, Stage = stage, UpdatedAt = updatedAt, AlternativeOffered = alternative,
    };

    public static Complaint Complaint(
        string establishmentId, string about, DateTime receivedAt, DateTime dueBy, DateTime? respondedAt, ComplaintOutcome? outcome = null) => new()
    {
        Reference = $"P-2026-{Next():000000}", Channel = Channel.Sms, EstablishmentId = establishmentId, About = about,
        WhatHappened = "We waited an hour outside.", ReceivedAt = receivedAt, ResponseDueBy = dueBy, RespondedAt = respondedAt,
        Response = respondedAt is null ? null : "We are sorry.", Outcome = outcome,
        Status = respondedAt is null ? ComplaintStatus.Received : ComplaintStatus.Responded,
    };

    public static YouSaidWeDid Change(string establishmentId, Quarter quarter, string youSaid, string weDid, DateTime publishedAt) => new()
    {
        EstablishmentId = establishmentId, Year = quarter.Year, Quarter = quarter.Number, YouSaid = youSaid, WeDid = weDid,
        AuthorUserId = "manager", PublishedAt = publishedAt,
    };

    /// <summary>
    /// Three answers at Leicester in the quarter (two with comments, one question skipped each by
    /// two of them), one in June just before it, one in October 2025 and one in September 2025,
    /// and one at Chelmsford.
    /// </summary>
    public static SurveyResponse[] SurveyRecords() =>
    [
        Survey(Leicester, At(7, 5), booking: 5, welcome: 4, information: 3, facilities: 2, overall: 5, comment: "Lovely staff at the centre"),
        Survey(Leicester, At(8, 5), booking: 4, welcome: null, information: 4, facilities: 3, overall: 4, comment: ""),
        Survey(Leicester, At(9, 5), booking: 2, welcome: 5, information: 5, facilities: null, overall: 4, comment: "The queue was long"),
        Survey(Leicester, BeforeQuarter, booking: 1, welcome: 1, information: 1, facilities: 1, overall: 1, comment: "From June"),
        Survey(Leicester, new DateTime(2025, 10, 1, 0, 0, 0, DateTimeKind.Utc), booking: 3, welcome: 3, information: 3, facilities: 3, overall: 3, comment: null),
        Survey(Leicester, new DateTime(2025, 10, 20, 0, 0, 0, DateTimeKind.Utc), booking: 2, welcome: 2, information: 2, facilities: 2, overall: 2, comment: null),
        Survey(Leicester, new DateTime(2025, 9, 30, 23, 0, 0, DateTimeKind.Utc), booking: 5, welcome: 5, information: 5, facilities: 5, overall: 5, comment: null),
        Survey(Chelmsford, At(8, 5), booking: 1, welcome: 1, information: 1, facilities: 1, overall: 1, comment: "Chelmsford comment"),
    ];

    public static SurveyResponse Survey(
        string establishmentId, DateTime submittedAt, int? booking, int? welcome, int? information, int? facilities, int? overall, string? comment) => new()
    {
        EstablishmentId = establishmentId, Channel = Channel.WebChat, Language = "en", SubmittedAt = submittedAt,
        Booking = booking, Welcome = welcome, Information = information, Facilities = facilities, Overall = overall, Comment = comment,
    };
}

internal sealed class FixedClock(DateTime now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(now);
}

using FamilyServices.Casework.Complaints;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Surveys;

namespace FamilyServices.StaffConsole.Tests;

/// <summary>Complaints, survey answers and "you said, we did" as the assistant or a manager would have left them.</summary>
public static class FeedbackRecords
{
    private static int counter;

    public static async Task<Complaint> ComplaintAsync(this ConsoleApplication app, string establishment, DateTime? receivedAt = null, Action<Complaint>? shape = null)
    {
        var received = receivedAt ?? DateTime.UtcNow.AddDays(-1);
        var complaint = new Complaint
        {
            Reference = $"C-2026-{Interlocked.Increment(ref counter) + 800000:D6}", Channel = Channel.Sms, EstablishmentId = establishment,
            About = "visitor-centre", WhatHappened = "There was nowhere to change the baby.", WantsReply = true, ReplyChannel = Channel.Sms,
            ReplyAddress = "+447700900123", ReceivedAt = received, ResponseDueBy = received.AddDays(14),
        };
        shape?.Invoke(complaint);
        await app.WithDatabaseAsync(async db =>
        {
            db.Complaints.Add(complaint);
            await db.SaveChangesAsync();
        });
        return complaint;
    }

    public static async Task SurveyResponsesAsync(this ConsoleApplication app, params SurveyResponse[] responses) =>
        await app.WithDatabaseAsync(async db =>
        {
            db.SurveyResponses.AddRange(responses);
            await db.SaveChangesAsync();
        });

    public static SurveyResponse Survey(string establishment, DateTime at, int overall, int booking = 4, string? comment = null) => new()
    {
        EstablishmentId = establishment, Channel = Channel.WebChat, SubmittedAt = at, Booking = booking, Welcome = 5, Information = 3,
        Facilities = 2, Overall = overall, Comment = comment,
    };

    public static async Task<YouSaidWeDid> YouSaidWeDidAsync(this ConsoleApplication app, string establishment, int year, int quarter, string youSaid, string weDid, DateTime? publishedAt = null)
    {
        var change = new YouSaidWeDid
        {
            EstablishmentId = establishment, Year = year, Quarter = quarter, YouSaid = youSaid, WeDid = weDid, AuthorUserId = "system",
            PublishedAt = publishedAt ?? DateTime.UtcNow,
        };
        await app.WithDatabaseAsync(async db =>
        {
            db.YouSaidWeDid.Add(change);
            await db.SaveChangesAsync();
        });
        return change;
    }
}

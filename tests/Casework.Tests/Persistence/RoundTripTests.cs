using System.Reflection;
using FamilyServices.Casework.Audit;
using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Complaints;
using FamilyServices.Casework.ContactRequests;
using FamilyServices.Casework.ContentReview;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Outbox;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.Referrals;
using FamilyServices.Casework.Staff;
using FamilyServices.Casework.Surveys;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Casework.Tests.Persistence;

/// <summary>Every record the service keeps comes back exactly as it was written, on each provider.</summary>
public class RoundTripTests
{
    private static readonly DateTime At = new(2026, 3, 14, 9, 26, 53, DateTimeKind.Utc);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_entity_round_trips_with_all_its_fields(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var worker = new StaffUser { Id = "worker-1", UserName = "worker@demo.test", Email = "worker@demo.test", DisplayName = "Sam Worker" };
        worker.Establishments.Add(new StaffEstablishment { StaffUserId = worker.Id, EstablishmentId = "leicester" });

        var conversation = new Conversation
        {
            Channel = Channel.Sms, Address = "+447700900123", ExternalId = "+447700900123", Language = "pl",
            EstablishmentId = "chelmsford", DialogState = "{\"stack\":[]}", StartedAt = At, LastActivityAt = At.AddMinutes(3),
        };
        var message = new ConversationMessage
        {
            ConversationId = conversation.Id, Author = MessageAuthor.Family, Text = "Jaki dowód osobisty? زيارة", Language = "pl",
            SentAt = At, ChannelMessageId = "SM123", ChannelData = "{\"a\":1}", Intent = "id-requirements", StaffUserId = null,
        };
        var preference = new ContactPreference { Channel = Channel.Sms, Address = "+447700900123", Language = "pl", OptedOut = true, UpdatedAt = At };
        var @case = new Case
        {
            Reference = "K-2026-000001", PrisonerName = "John Smith", PrisonNumber = "A1234BC", EstablishmentId = "leicester",
            Status = CaseStatus.Open, AssignedToUserId = worker.Id, OpenedAt = At,
        };
        var other = new SignificantOther
        {
            CaseId = @case.Id, Name = "Mary Smith", Relationship = "mother", Phone = "07700 900123", Email = "mary@example.test",
            PostalAddress = "1 High Street", PreferredLanguage = "cy", Notes = "Calls after 6pm",
        };
        var consent = new ConsentRecord
        {
            CaseId = @case.Id, GivenBy = "John Smith", Scope = "Share with Citizens Advice", GivenAt = At, RecordedByUserId = worker.Id,
            WithdrawnAt = At.AddDays(2), WithdrawnReason = "Changed his mind",
        };
        var note = new CaseNote { CaseId = @case.Id, Text = "Spoke to Mary.", AuthorUserId = worker.Id, WrittenAt = At };
        var caseEvent = new CaseEvent { CaseId = @case.Id, At = At, Kind = "transfer", Description = "Moved from HMP Chelmsford", ActorUserId = worker.Id };
        var escalation = new Escalation
        {
            Reference = "W-2026-000001", Kind = EscalationKind.WelfareConcern, Severity = Severity.Urgent, Category = "self-harm",
            PrisonerName = "John Smith", PrisonNumber = "A1234BC", EstablishmentId = "leicester", Summary = "He said he cannot cope",
            RaisedByName = "Mary", RaisedByRelationship = "mother", Anonymous = false, ContactChannel = Channel.Sms,
            ContactAddress = "+447700900123", ConsentToShareWithPrison = true, AdviceGiven = "Safer Custody line", Language = "pl",
            ConversationId = conversation.Id, CaseId = @case.Id, Status = EscalationStatus.InProgress, ClosingReason = null,
            AssignedToUserId = worker.Id, RaisedAt = At, UpdatedAt = At.AddMinutes(5), AcknowledgedAt = At.AddMinutes(4),
            ResolvedAt = null, SaferCustodyInformedAt = At.AddMinutes(6), DetailsComplete = true,
        };
        var referral = new Referral
        {
            CaseId = @case.Id, ReferralServiceId = 1, ForWhom = "Mary Smith", Reason = "Debt", ConsentRecordId = consent.Id,
            Status = ReferralStatus.Accepted, Outcome = "Seen", CreatedByUserId = worker.Id, CreatedAt = At, SentAt = At.AddHours(1), UpdatedAt = At.AddHours(2),
        };
        var contactRequest = new ContactRequest
        {
            Reference = "R-2026-000001", Origin = ContactRequestOrigin.Family, PrisonerName = "Adam Jones", PrisonNumber = "B2345CD",
            EstablishmentId = "littlehey", FamilyMemberName = "Eve Jones", Relationship = "sister", FamilyContactChannel = Channel.Email,
            FamilyContactAddress = "eve@example.test", RequesterConsentsToBeContacted = true, PrisonerConsent = ConsentAnswer.Given,
            FamilyConsent = ConsentAnswer.Refused, Stage = ContactStage.NotPossible, RestrictionNote = null,
            AlternativeOffered = ContactAlternative.PenfriendScheme, Language = "ro", ConversationId = conversation.Id, CaseId = @case.Id,
            AssignedToUserId = worker.Id, RequestedAt = At, UpdatedAt = At.AddDays(1),
        };
        var complaint = new Complaint
        {
            Reference = "C-2026-000123", Channel = Channel.WebChat, ConversationId = conversation.Id, EstablishmentId = "chelmsford",
            About = "visitor-centre", VisitDate = new DateOnly(2026, 3, 10), WhatHappened = "We waited an hour.", WantsReply = true,
            ReplyChannel = Channel.Email, ReplyAddress = "a@example.test", ComplainantName = "Ann", Language = "ar",
            ReceivedAt = At, ResponseDueBy = At.AddDays(14), Status = ComplaintStatus.Responded, AssignedToUserId = worker.Id,
            Response = "Sorry", RespondedAt = At.AddDays(3), Outcome = ComplaintOutcome.PartlyUpheld,
        };
        var survey = new SurveyResponse
        {
            EstablishmentId = "littlehey", Channel = Channel.Sms, Language = "ur", SubmittedAt = At, Booking = 4, Welcome = 5,
            Information = 3, Facilities = 2, Overall = 4, Comment = "Kind staff", Anonymous = false, ContactName = "Bilal", ContactAddress = "+447700900999",
        };
        var youSaid = new YouSaidWeDid
        {
            EstablishmentId = "leicester", Year = 2026, Quarter = 1, YouSaid = "More seats", WeDid = "Added ten seats",
            AuthorUserId = worker.Id, PublishedAt = At,
        };
        var unanswered = new UnansweredQuestion
        {
            Text = "can i bring my dog", Language = "en", EstablishmentId = "leicester", Channel = Channel.Sms,
            BestGuessIntent = "what-to-bring", Confidence = 0.31, AskedAt = At, ResolvedAt = At.AddDays(1), ResolvedByUserId = worker.Id,
        };
        var feedback = new AnswerFeedback { Intent = "dress-code", Language = "cy", EstablishmentId = "chelmsford", Helpful = false, At = At };
        var contentEdit = new ContentEdit
        {
            Kind = FamilyServices.Knowledge.Editing.ContentChangeKind.ShortAnswer, EstablishmentId = "leicester", Language = "ar", Key = "visiting-times",
            Value = "الزيارات: {visiting_sessions}", Source = "visits notice", ByUserId = worker.Id, ByName = "worker@demo.test", At = At,
        };
        var outbox = new OutboxMessage
        {
            Channel = Channel.Sms, To = "+447700900123", ConversationId = conversation.Id, Body = "We have read your message.",
            Purpose = "worker-reply", Status = OutboxStatus.Sent, Attempts = 2, CreatedAt = At, NextAttemptAt = At.AddSeconds(30),
            SentAt = At.AddSeconds(31), LastError = "timeout", ProviderMessageId = "SMabc", DeliveryStatus = "delivered", CreatedByUserId = worker.Id,
        };
        var audit = new AuditEntry
        {
            At = At, UserId = worker.Id, UserName = "worker@demo.test", Action = "viewed", EntityType = "case",
            EntityId = @case.Id.ToString(), EstablishmentId = "leicester", Detail = "Opened the case page",
        };

        object[] written = [worker, conversation, message, preference, @case, other, consent, note, caseEvent, escalation, referral,
            contactRequest, complaint, survey, youSaid, unanswered, feedback, contentEdit, outbox, audit];

        await using (var db = database.NewContext())
        {
            db.Users.Add(worker);
            db.Conversations.Add(conversation);
            db.ConversationMessages.Add(message);
            db.ContactPreferences.Add(preference);
            db.Cases.Add(@case);
            db.SignificantOthers.Add(other);
            db.ConsentRecords.Add(consent);
            db.CaseNotes.Add(note);
            db.CaseEvents.Add(caseEvent);
            db.Escalations.Add(escalation);
            db.Referrals.Add(referral);
            db.ContactRequests.Add(contactRequest);
            db.Complaints.Add(complaint);
            db.SurveyResponses.Add(survey);
            db.YouSaidWeDid.Add(youSaid);
            db.UnansweredQuestions.Add(unanswered);
            db.AnswerFeedback.Add(feedback);
            db.ContentEdits.Add(contentEdit);
            db.Outbox.Add(outbox);
            db.AuditLog.Add(audit);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            foreach (var expected in written)
            {
                var entityType = db.Model.FindEntityType(expected.GetType())!;
                var key = entityType.FindPrimaryKey()!.Properties.Select(p => p.PropertyInfo!.GetValue(expected)).ToArray();
                var actual = await db.FindAsync(expected.GetType(), key);
                Assert.True(actual is not null, $"{expected.GetType().Name} was not found after saving");
                AssertSameFields(expected, actual);
            }

            var reloadedWorker = await db.Users.Include(u => u.Establishments).SingleAsync(u => u.Id == worker.Id);
            Assert.Equal("leicester", Assert.Single(reloadedWorker.Establishments).EstablishmentId);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_three_establishments_and_the_referral_catalogue_are_there_from_the_start(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        var names = await db.Establishments.OrderBy(e => e.Name).Select(e => e.Name).ToListAsync();
        Assert.Equal(["HMP Chelmsford", "HMP Leicester", "HMP Littlehey"], names);
        Assert.Contains(await db.ReferralServices.Select(s => s.Name).ToListAsync(), n => n == "Official Prison Visitors");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_migrations_describe_the_current_model(DatabaseProvider provider)
    {
        // Fails when an entity changed without a migration (tools/MigrationScaffolder adds one).
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration describes.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private static void AssertSameFields(object expected, object actual)
    {
        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (!(type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Guid) || type == typeof(DateTime)
                || type == typeof(DateOnly) || type == typeof(decimal)) || property.GetIndexParameters().Length > 0)
            {
                continue;
            }
            if (property.Name is "ConcurrencyStamp" or "SecurityStamp")
            {
                continue;
            }
            var want = property.GetValue(expected);
            var got = property.GetValue(actual);
            Assert.True(Equals(want, got), $"{expected.GetType().Name}.{property.Name}: wrote {want}, read {got}");
            if (got is DateTime time)
            {
                Assert.Equal(DateTimeKind.Utc, time.Kind);
            }
        }
    }
}

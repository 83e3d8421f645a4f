using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Complaints;
using FamilyServices.Casework.ContactRequests;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Persistence;
using FamilyServices.Casework.References;
using FamilyServices.Casework.Referrals;
using FamilyServices.Casework.Staff;
using FamilyServices.Casework.Surveys;
using FamilyServices.Casework.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Casework.Demo;

/// <summary>
/// A first run's worth of people and records, for Development only: demo staff accounts and a few
/// escalations, cases, referrals and complaints at the three establishments. Safe to run twice.
/// </summary>
public sealed class DemoData(CaseworkDbContext db, UserManager<StaffUser> users, RoleManager<IdentityRole> roles, ReferenceNumbers references, TimeProvider clock)
{
    public const string DefaultPassword = "Demo-Families-2026!";

    public static readonly (string Email, string Name, string Role, string[] Establishments)[] Accounts =
    [
        ("worker.leicester@demo.test", "Leicester family worker", StaffRoles.FamilyWorker, ["leicester"]),
        ("worker.chelmsford@demo.test", "Chelmsford family worker", StaffRoles.FamilyWorker, ["chelmsford"]),
        ("worker.littlehey@demo.test", "Littlehey family worker", StaffRoles.FamilyWorker, ["littlehey"]),
        ("manager@demo.test", "Service manager", StaffRoles.Manager, ["leicester", "chelmsford", "littlehey"]),
        ("admin@demo.test", "Administrator", StaffRoles.Administrator, ["leicester", "chelmsford", "littlehey"]),
    ];

    public async Task SeedAsync(string password, CancellationToken cancellationToken = default)
    {
        await StaffAccounts.EnsureRolesAsync(roles);
        foreach (var (email, name, role, establishments) in Accounts)
        {
            if (await users.FindByEmailAsync(email) is null)
            {
                await StaffAccounts.CreateAsync(users, email, name, password, role, establishments);
            }
        }

        if (await db.Escalations.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var worker = await users.FindByEmailAsync("worker.leicester@demo.test");

        var smsFamily = new Conversation
        {
            Channel = Channel.Sms, Address = "+447700900101", ExternalId = "+447700900101", Language = "en",
            EstablishmentId = "leicester", StartedAt = now.AddMinutes(-40), LastActivityAt = now.AddMinutes(-35),
        };
        smsFamily.Messages.Add(new ConversationMessage { Author = MessageAuthor.Family, Text = "my son said he cant take it anymore and hes been cutting himself", SentAt = now.AddMinutes(-40), Language = "en" });
        smsFamily.Messages.Add(new ConversationMessage { Author = MessageAuthor.Assistant, Text = "Thank you for telling us. We will tell a family worker now.", SentAt = now.AddMinutes(-40), Language = "en" });
        db.Conversations.Add(smsFamily);

        var leicesterCase = new Case
        {
            Reference = await references.NextAsync(ReferenceNumbers.Case, cancellationToken), PrisonerName = "Daniel Carter",
            PrisonNumber = "A1234BC", EstablishmentId = "leicester", OpenedAt = now.AddDays(-12), AssignedToUserId = worker?.Id,
        };
        leicesterCase.SignificantOthers.Add(new SignificantOther { Name = "Karen Carter", Relationship = "mother", Phone = "+447700900101" });
        leicesterCase.Notes.Add(new CaseNote { Text = "Mother worried about debts on the wing.", AuthorUserId = worker?.Id ?? "system", WrittenAt = now.AddDays(-12) });
        var consent = new ConsentRecord { GivenBy = "Karen Carter", Scope = "Referral to debt advice", GivenAt = now.AddDays(-11), RecordedByUserId = worker?.Id ?? "system" };
        leicesterCase.Consents.Add(consent);
        db.Cases.Add(leicesterCase);
        db.Referrals.Add(new Referral
        {
            CaseId = leicesterCase.Id, ReferralServiceId = 3, ForWhom = "Karen Carter", Reason = "Debt worries", ConsentRecordId = consent.Id,
            Status = ReferralStatus.Sent, CreatedByUserId = worker?.Id ?? "system", CreatedAt = now.AddDays(-11), SentAt = now.AddDays(-11), UpdatedAt = now.AddDays(-11),
        });

        db.Escalations.AddRange(
            new Escalation
            {
                Reference = await references.NextAsync(ReferenceNumbers.Welfare, cancellationToken), Kind = EscalationKind.WelfareConcern,
                Severity = Severity.Emergency, Category = "self-harm", PrisonerName = "Daniel Carter", PrisonNumber = "A1234BC",
                EstablishmentId = "leicester", Summary = "My son said he can't take it any more and has been cutting himself.",
                RaisedByName = "Karen", RaisedByRelationship = "mother", ContactChannel = Channel.Sms, ContactAddress = "+447700900101",
                ConsentToShareWithPrison = true, ConversationId = smsFamily.Id, CaseId = leicesterCase.Id, RaisedAt = now.AddMinutes(-40),
                UpdatedAt = now.AddMinutes(-35), DetailsComplete = true, AdviceGiven = "999 and the prison switchboard (ask for the Orderly Officer)",
            },
            new Escalation
            {
                Reference = await references.NextAsync(ReferenceNumbers.Welfare, cancellationToken), Kind = EscalationKind.WelfareConcern,
                Severity = Severity.Urgent, Category = "debt", PrisonerName = "Lee Evans", EstablishmentId = "chelmsford",
                Summary = "People are asking me to pay money or he will be hurt.", Anonymous = true, ConsentToShareWithPrison = true,
                RaisedAt = now.AddHours(-5), UpdatedAt = now.AddHours(-5), DetailsComplete = true,
            },
            new Escalation
            {
                Reference = await references.NextAsync(ReferenceNumbers.Handover, cancellationToken), Kind = EscalationKind.Handover,
                Severity = Severity.Routine, EstablishmentId = "littlehey", Summary = "Would like to talk to someone about a first visit.",
                RaisedByName = "Tom", ContactChannel = Channel.Sms, ContactAddress = "+447700900303", RaisedAt = now.AddHours(-26), UpdatedAt = now.AddHours(-26),
                DetailsComplete = true,
            });

        db.ContactRequests.Add(new ContactRequest
        {
            Reference = await references.NextAsync(ReferenceNumbers.ContactRequest, cancellationToken), Origin = ContactRequestOrigin.PersonInPrison,
            PrisonerName = "Robert Hughes", PrisonNumber = "C3456DE", EstablishmentId = "littlehey", FamilyMemberName = "Susan Hughes",
            Relationship = "daughter", RequestedAt = now.AddDays(-20), UpdatedAt = now.AddDays(-3), PrisonerConsent = ConsentAnswer.Given,
            Stage = ContactStage.FamilyTracedOrContacted,
        });

        db.Complaints.AddRange(
            new Complaint
            {
                Reference = await references.NextAsync(ReferenceNumbers.Complaint, cancellationToken), Channel = Channel.WebChat, EstablishmentId = "chelmsford",
                About = "booking", VisitDate = DateOnly.FromDateTime(now.AddDays(-6)), WhatHappened = "The booking line did not answer for two days.",
                WantsReply = true, ReplyChannel = Channel.Email, ReplyAddress = "family@example.test", ReceivedAt = now.AddDays(-5),
                ResponseDueBy = WorkingDays.Add(now.AddDays(-5), 10),
            },
            new Complaint
            {
                Reference = await references.NextAsync(ReferenceNumbers.Complaint, cancellationToken), Channel = Channel.Sms, EstablishmentId = "leicester",
                About = "visitor-centre", WhatHappened = "There was nowhere to change the baby.", WantsReply = false,
                ReceivedAt = now.AddDays(-16), ResponseDueBy = WorkingDays.Add(now.AddDays(-16), 10),
            });

        var random = new Random(2026);
        foreach (var establishment in new[] { "leicester", "chelmsford", "littlehey" })
        {
            for (var i = 0; i < 12; i++)
            {
                db.SurveyResponses.Add(new SurveyResponse
                {
                    EstablishmentId = establishment, Channel = i % 2 == 0 ? Channel.Sms : Channel.WebChat, SubmittedAt = now.AddDays(-7 * i),
                    Booking = random.Next(2, 6), Welcome = random.Next(3, 6), Information = random.Next(2, 6), Facilities = random.Next(1, 6), Overall = random.Next(3, 6),
                    Comment = i % 4 == 0 ? "Staff at the visitor centre were kind." : null,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

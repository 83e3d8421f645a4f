using FamilyServices.Casework.Escalations;

namespace FamilyServices.Casework.ManagementInformation;

/// <summary>Lays the quarterly report out as figures, one per line, in the order of the page.</summary>
internal static class QuarterlyReportFigures
{
    public const string Total = "Total";

    public static IReadOnlyList<Figure> Flatten(QuarterlyReport.Result report)
    {
        var figures = new List<Figure>();

        void Add(string section, string measure, string breakdown, decimal? value) =>
            figures.Add(new Figure(section, measure, breakdown, value));

        void AddTallies(string section, string measure, IEnumerable<Tally> tallies)
        {
            foreach (var tally in tallies)
            {
                Add(section, measure, tally.Label, tally.Value);
            }
        }

        const string contacts = "Contacts";
        Add(contacts, "Conversations started", Total, report.Contacts.Conversations);
        AddTallies(contacts, "Conversations started by channel", report.Contacts.ByChannel);
        AddTallies(contacts, "Conversations started by language", report.Contacts.ByLanguage);

        const string questions = "Questions";
        Add(questions, "Answered by the assistant", Total, report.Questions.Answered);
        AddTallies(questions, "Answered by the assistant by topic", report.Questions.AnsweredByTopic);
        Add(questions, "Not answered", Total, report.Questions.NotAnswered);
        Add(questions, "Not answered, not yet covered by the content", Total, report.Questions.NotAnsweredStillOpen);

        const string escalations = "Escalations";
        Add(escalations, "Raised", Total, report.Escalations.Raised);
        AddTallies(escalations, "Raised by kind", report.Escalations.ByKind);
        AddTallies(escalations, "Raised by category", report.Escalations.ByCategory);
        AddTallies(escalations, "Raised by severity", report.Escalations.BySeverity);
        foreach (var times in report.Escalations.ResponseTimes)
        {
            var severity = ResponseTimeBreakdown(times.Severity, times.Target);
            Add(escalations, "Acknowledged within target", severity, times.Met);
            Add(escalations, "Target missed", severity, times.Missed);
            Add(escalations, "Awaiting acknowledgement, within target", severity, times.Awaiting);
            Add(escalations, "Acknowledged within target (%)", severity, (decimal?)times.PercentMet);
            Add(escalations, "Median time to acknowledgement (minutes)", severity, times.MedianMinutesToAcknowledge);
        }

        const string referrals = "Referrals";
        Add(referrals, "Sent", Total, report.Referrals.Sent);
        AddTallies(referrals, "Sent by kind of service", report.Referrals.ByServiceKind);
        AddTallies(referrals, "Sent by status now", report.Referrals.ByStatus);

        const string contact = "Contact re-establishment";
        Add(contact, "Requests opened", Total, report.ContactReestablishment.Opened);
        AddTallies(contact, "Requests opened by who asked", report.ContactReestablishment.OpenedByOrigin);
        Add(contact, "Contact re-established", Total, report.ContactReestablishment.Reestablished);
        Add(contact, "Contact not possible", Total, report.ContactReestablishment.NotPossible);
        AddTallies(contact, "Contact not possible by alternative offered", report.ContactReestablishment.NotPossibleByAlternativeOffered);

        const string complaints = "Complaints";
        Add(complaints, "Received", Total, report.Complaints.Received);
        Add(complaints, "Answered on time", Total, report.Complaints.AnsweredOnTime);
        Add(complaints, "Answered late", Total, report.Complaints.AnsweredLate);
        Add(complaints, "Awaiting answer, past deadline", Total, report.Complaints.AwaitingAnswerOverdue);
        Add(complaints, "Awaiting answer, within deadline", Total, report.Complaints.AwaitingAnswerWithinTime);
        Add(complaints, "Answered on time (%)", Total, (decimal?)report.Complaints.PercentAnsweredOnTime);
        AddTallies(complaints, "Received by subject", report.Complaints.ByTopic);
        AddTallies(complaints, "Received by outcome", report.Complaints.ByOutcome);

        const string surveys = "Satisfaction survey";
        Add(surveys, "Responses", Total, report.Surveys.Responses);
        foreach (var question in report.Surveys.Questions)
        {
            Add(surveys, "Average score (1 to 5)", question.Question, (decimal?)question.Average);
        }
        foreach (var question in report.Surveys.Questions)
        {
            Add(surveys, "Answers", question.Question, question.Answers);
        }

        // The changes themselves are text for the page; the file says how many were published.
        Add("You said, we did", "Changes published", Total, report.YouSaidWeDid.Count);

        return figures;
    }

    public static string ResponseTimeBreakdown(Severity severity, string target) => $"{Labels.Severity(severity)} (target {target})";
}

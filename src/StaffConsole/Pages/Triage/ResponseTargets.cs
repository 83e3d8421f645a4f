using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.Time;
using Humanizer;
using Microsoft.Extensions.Options;

namespace FamilyServices.StaffConsole.Pages.Triage;

/// <summary>How long an escalation has waited for a worker against its target, and whether the target was missed.</summary>
public sealed record ResponseTime(DateTime DueBy, TimeSpan Waited, bool Acknowledged, bool Breached, string Description);

public sealed class ResponseTargets(IOptions<ResponseTargetSettings> settings, TimeProvider clock)
{
    public DateTime DueBy(Severity severity, DateTime raisedAt) => severity == Severity.Routine
        ? WorkingDays.Add(raisedAt, settings.Value.RoutineWorkingDays)
        : raisedAt + settings.Value.For(severity);

    public string TargetWords(Severity severity) => severity == Severity.Routine
        ? $"{settings.Value.RoutineWorkingDays} working days"
        : settings.Value.For(severity).Humanize(2);

    /// <summary>The clock stops when a worker acknowledges (claims) the escalation.</summary>
    public ResponseTime For(Severity severity, DateTime raisedAt, DateTime? acknowledgedAt)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = DueBy(severity, raisedAt);
        var end = acknowledgedAt ?? now;
        var waited = end - raisedAt;
        var breached = end > due;
        var target = TargetWords(severity);
        string description;
        if (acknowledgedAt is not null)
        {
            description = breached
                ? $"Picked up after {waited.Humanize(2)}, {(end - due).Humanize(2)} over the {target} target"
                : $"Picked up after {waited.Humanize(2)}, within the {target} target";
        }
        else
        {
            description = breached
                ? $"Waiting {waited.Humanize(2)}: {(now - due).Humanize(2)} over the {target} target"
                : $"Waiting {waited.Humanize(2)}: due in {(due - now).Humanize(2)} ({target} target)";
        }

        return new ResponseTime(due, waited, acknowledgedAt is not null, breached, description);
    }
}

using FamilyServices.Casework.ContactRequests;

namespace FamilyServices.StaffConsole.Pages.ContactRequests;

/// <summary>
/// The rules of contact re-establishment: forward only; nothing past the prisoner's consent stage
/// without their consent, no contact without the family's; a refusal or a restriction (Unwanted
/// Prisoner Contact Service, public protection) leaves only "not possible", with alternatives offered.
/// </summary>
public static class ContactWorkflow
{
    public static bool IsFinished(ContactRequest request) => request.Stage is ContactStage.Reestablished or ContactStage.NotPossible;

    public static bool IsStopped(ContactRequest request) =>
        !string.IsNullOrWhiteSpace(request.RestrictionNote) || request.PrisonerConsent == ConsentAnswer.Refused || request.FamilyConsent == ConsentAnswer.Refused;

    /// <summary>Why the request cannot move to the stage, in words; null when it can.</summary>
    public static string? WhyNot(ContactRequest request, ContactStage to)
    {
        if (IsFinished(request))
        {
            return "This request is finished and cannot move on";
        }

        if (to == ContactStage.NotPossible)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(request.RestrictionNote))
        {
            return "A restriction applies, so contact cannot go ahead. Record it as not possible and offer an alternative";
        }

        if (request.PrisonerConsent == ConsentAnswer.Refused || request.FamilyConsent == ConsentAnswer.Refused)
        {
            return "Consent was refused, so contact cannot go ahead. Record it as not possible and offer an alternative";
        }

        if (to <= request.Stage)
        {
            return "Choose a stage after the current one";
        }

        if (to > ContactStage.PrisonerConsent && request.PrisonerConsent != ConsentAnswer.Given)
        {
            return "Record the consent of the person in prison before going further";
        }

        if (to > ContactStage.FamilyConsent && request.FamilyConsent != ConsentAnswer.Given)
        {
            return "Record the family's consent before any contact is made";
        }

        return null;
    }

    public static IEnumerable<ContactStage> NextStages(ContactRequest request) =>
        Enum.GetValues<ContactStage>().Where(stage => WhyNot(request, stage) is null);
}

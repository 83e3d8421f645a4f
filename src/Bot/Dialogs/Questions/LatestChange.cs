using FamilyServices.Bot.Conversations;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Bot.Dialogs.Questions;

/// <summary>
/// "What has changed because of feedback?": the latest "you said, we did" a manager published for
/// the family's prison, read from the database so it is current without a content change.
/// </summary>
public static class LatestChange
{
    public const string Intent = "you-said-we-did";

    /// <summary>The answer in the family's language around the manager's words; none when nothing is published, so the content's text is said.</summary>
    public static async Task<string?> TextAsync(Turn turn, CancellationToken cancellationToken = default)
    {
        var establishmentId = turn.Conversation.EstablishmentId;
        if (establishmentId is null)
        {
            return null;
        }

        var latest = await turn.Db.YouSaidWeDid.AsNoTracking()
            .Where(y => y.EstablishmentId == establishmentId)
            .OrderByDescending(y => y.Year).ThenByDescending(y => y.Quarter).ThenByDescending(y => y.PublishedAt)
            .Select(y => new { y.YouSaid, y.WeDid })
            .FirstOrDefaultAsync(cancellationToken);
        return latest is null
            ? null
            : turn.T("you-said-we-did-latest",
                ("establishment", turn.Establishment(establishmentId)?.Name ?? establishmentId),
                ("you_said", latest.YouSaid),
                ("we_did", latest.WeDid));
    }
}

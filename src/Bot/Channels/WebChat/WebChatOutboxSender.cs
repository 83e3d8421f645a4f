using FamilyServices.Bot.Channels.DirectLine;
using FamilyServices.Bot.Conversations;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Outbox;
using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Bot.Channels.WebChat;

/// <summary>
/// Delivers family workers' replies to web chat families: into the open conversation at once, or
/// waiting in the transcript for when the family comes back to the page.
/// </summary>
public sealed partial class WebChatOutboxSender(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WebChatOutboxSender> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(failure);
            }
            try
            {
                await Task.Delay(PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var conversations = scope.ServiceProvider.GetRequiredService<DirectLineConversations>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var message in await db.ClaimDueAsync(Channel.WebChat, now, now + Lease, 20, cancellationToken))
        {
            var language = message.ConversationId is { } id
                ? await db.Conversations.Where(c => c.Id == id).Select(c => c.Language).SingleOrDefaultAsync(cancellationToken)
                : null;
            try
            {
                await conversations.SendAsync(message.To, new OutgoingReply(message.Body, [], language ?? "en"), cancellationToken);
                message.Status = OutboxStatus.Sent;
                message.SentAt = clock.GetUtcNow().UtcDateTime;
                message.DeliveryStatus = "delivered";
            }
            catch (KeyNotFoundException)
            {
                // The web chat conversation was erased: a worker sees the failure on the escalation.
                message.Status = OutboxStatus.Failed;
                message.LastError = "The family's web chat conversation no longer exists.";
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering web chat replies failed; trying again shortly")]
    private partial void LogFailed(Exception failure);
}

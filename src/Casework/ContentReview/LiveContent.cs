using FamilyServices.Casework.Persistence;
using FamilyServices.Knowledge;
using FamilyServices.Knowledge.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FamilyServices.Casework.ContentReview;

/// <summary>
/// Keeps the content in this app up to date with the edits saved in the database, which the assistant and the
/// console share: an edit made in the console reaches every assistant without a restart.
/// </summary>
public sealed class LiveContent(KnowledgeStore store, IServiceScopeFactory scopes, ILogger<LiveContent> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    // The content loaded from the files holds no edits: an assistant started with none saved has nothing to rebuild
    // (rebuilding would only make the router build itself again under the first messages).
    private Version? _applied = new(0, null);

    /// <summary>Edits are only ever added, so their number and the newest time change with every edit.</summary>
    private sealed record Version(int Count, DateTime? Newest);

    public KnowledgeBase Current => store.Current;

    /// <summary>Rebuilds the content when the database has edits this app has not applied yet.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var version = await VersionAsync(db, cancellationToken);
        if (version == Volatile.Read(ref _applied))
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            version = await VersionAsync(db, cancellationToken);
            if (version == _applied)
            {
                return;
            }

            var edits = await EditsAsync(db, cancellationToken);
            try
            {
                store.Replace(KnowledgeBase.Load(store.Current.ContentRoot, new ContentOverlay(edits.Select(e => e.ToChange()))));
                logger.LogInformation("Content rebuilt with {EditCount} console edits", edits.Count);
            }
            catch (ContentException e)
            {
                // Edits are checked before they are saved; two saved at once could still clash. Keep the last good content.
                logger.LogError("Console edits could not be applied, keeping the last good content: {Problem}", e.Problem);
            }

            Volatile.Write(ref _applied, version);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Checks edits with every edit already saved, builds the content they give, saves them with what alongside adds
    /// (the audit entries), and uses the new content at once. Returns the problem, in words, when an edit would break
    /// an answer; then nothing is saved.
    /// </summary>
    public async Task<string?> SaveAsync(CaseworkDbContext db, IReadOnlyList<ContentEdit> edits, Action? alongside = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var (next, problem) = await BuildAsync(db, edits, cancellationToken);
            if (next is null)
            {
                return problem;
            }

            db.ContentEdits.AddRange(edits);
            alongside?.Invoke();
            await db.SaveChangesAsync(cancellationToken);
            store.Replace(next);
            Volatile.Write(ref _applied, await VersionAsync(db, cancellationToken));
            return null;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The problem the edits would cause with those already saved, or null when they are fine. Saves nothing.</summary>
    public async Task<string?> CheckAsync(CaseworkDbContext db, IReadOnlyList<ContentEdit> edits, CancellationToken cancellationToken = default) =>
        (await BuildAsync(db, edits, cancellationToken)).Problem;

    private async Task<(KnowledgeBase? Knowledge, string? Problem)> BuildAsync(CaseworkDbContext db, IReadOnlyList<ContentEdit> edits, CancellationToken cancellationToken)
    {
        var saved = await EditsAsync(db, cancellationToken);
        try
        {
            return (KnowledgeBase.Load(store.Current.ContentRoot, new ContentOverlay(saved.Concat(edits).Select(e => e.ToChange()))), null);
        }
        catch (ContentException e)
        {
            return (null, e.Problem);
        }
    }

    private static async Task<List<ContentEdit>> EditsAsync(CaseworkDbContext db, CancellationToken cancellationToken) =>
        (await db.ContentEdits.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(e => e.At).ToList();

    private static async Task<Version> VersionAsync(CaseworkDbContext db, CancellationToken cancellationToken) =>
        new(await db.ContentEdits.CountAsync(cancellationToken), await db.ContentEdits.MaxAsync(e => (DateTime?)e.At, cancellationToken));
}

namespace FamilyServices.Knowledge.Tests;

/// <summary>One loaded copy of the real content for all tests: loading is checked on its own.</summary>
public static class Shared
{
    private static readonly Lazy<KnowledgeBase> LazyKnowledge = new(() => KnowledgeBase.Load(KnowledgeBase.DefaultContentRoot));
    private static readonly Lazy<Router> LazyRouter = new(() => new Router(Knowledge));

    public static KnowledgeBase Knowledge => LazyKnowledge.Value;
    public static Router Router => LazyRouter.Value;

    public static IEnumerable<string?> EstablishmentsAndNone => Knowledge.Establishments.Select(e => (string?)e.Id).Append(null);

    /// <summary>A private copy of the content to break on purpose.</summary>
    public static string CopyContent()
    {
        var target = Path.Combine(Path.GetTempPath(), "fs-content-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(KnowledgeBase.DefaultContentRoot, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(KnowledgeBase.DefaultContentRoot, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}

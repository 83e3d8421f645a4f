using System.Collections.Concurrent;
using FamilyServices.Knowledge.Loading;

namespace FamilyServices.Knowledge;

/// <summary>Facts about languages read from each language's content metadata (language.yaml).</summary>
public static class Languages
{
    private static readonly ConcurrentDictionary<string, bool> RightToLeft = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for languages written right to left (Arabic, Urdu), as their language.yaml says.</summary>
    public static bool IsRightToLeft(string code) =>
        RightToLeft.GetOrAdd(code, c =>
        {
            var path = Path.Combine(KnowledgeBase.DefaultContentRoot, c, "language.yaml");
            return File.Exists(path) && new ContentLoader(KnowledgeBase.DefaultContentRoot).ReadLanguage(c).RightToLeft;
        });
}

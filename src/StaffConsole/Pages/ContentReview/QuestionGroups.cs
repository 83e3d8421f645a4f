using System.Text.RegularExpressions;
using FamilyServices.Casework.ContentReview;
using FamilyServices.Knowledge;

namespace FamilyServices.StaffConsole.Pages.ContentReview;

/// <summary>Questions the assistant could not answer that say much the same thing, shown once with how often they were asked.</summary>
public sealed partial record QuestionGroup(IReadOnlyList<UnansweredQuestion> Questions)
{
    public UnansweredQuestion Example => Questions[0];
    public int Count => Questions.Count;
    public DateTime LastAsked => Questions.Max(q => q.AskedAt);
    public string? BestGuess => Questions.Where(q => q.BestGuessIntent is not null).GroupBy(q => q.BestGuessIntent).MaxBy(g => g.Count())?.Key;

    /// <summary>Two questions are alike when at least half of their words (less the language's little words) are shared.</summary>
    public const double Alike = 0.5;

    public static IReadOnlyList<QuestionGroup> Of(IEnumerable<UnansweredQuestion> questions, KnowledgeBase knowledge)
    {
        var groups = new List<(string Language, HashSet<string> Words, List<UnansweredQuestion> Questions)>();
        foreach (var question in questions.OrderByDescending(q => q.AskedAt))
        {
            var words = Words(question, knowledge);
            var group = groups.FirstOrDefault(g => g.Language == question.Language && Similarity(g.Words, words) >= Alike);
            if (group.Questions is null)
            {
                groups.Add((question.Language, words, [question]));
            }
            else
            {
                group.Questions.Add(question);
            }
        }

        return groups.Select(g => new QuestionGroup(g.Questions)).OrderByDescending(g => g.Count).ThenByDescending(g => g.LastAsked).ToList();
    }

    private static HashSet<string> Words(UnansweredQuestion question, KnowledgeBase knowledge)
    {
        var stopwords = knowledge.Languages.Contains(question.Language) ? knowledge.Language(question.Language).Stopwords : [];
        var words = NotWord().Split(question.Text.ToLowerInvariant())
            .Where(w => w.Length > 1 && !stopwords.Contains(w))
            // "visits" and "visit" are the same question.
            .Select(w => w.Length > 3 && w.EndsWith('s') ? w[..^1] : w)
            .ToHashSet();
        return words.Count > 0 ? words : [question.Text.Trim().ToLowerInvariant()];
    }

    [GeneratedRegex(@"[^\p{L}\p{M}\p{N}]+")]
    private static partial Regex NotWord();

    private static double Similarity(HashSet<string> a, HashSet<string> b) =>
        (double)a.Count(b.Contains) / a.Union(b).Count();
}

namespace FamilyServices.Knowledge.Routing;

/// <summary>
/// FuzzySharp's <c>Fuzz.Ratio</c> (python-Levenshtein's ratio: an edit distance in which a substitution
/// costs two, as a percentage of both lengths), without its allocations: every word of every message
/// is compared with the prisons' names, and that library makes arrays and a scorer for each pair.
/// </summary>
internal static class Similarity
{
    /// <summary>0 to 100; 0 when either is empty, 100 when they are the same.</summary>
    public static int Ratio(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        var total = a.Length + b.Length;
        var distance = Distance(a, b);
        var ratio = distance == 0 ? 1.0 : (total - distance) / (double)total;
        return (int)Math.Round(100 * ratio);
    }

    /// <summary>Insertions and deletions cost one, a substitution two.</summary>
    private static int Distance(string a, string b)
    {
        // Two rows of the table, on the stack for words (a long text is rare enough to allocate).
        Span<int> previous = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 2);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length];
    }
}

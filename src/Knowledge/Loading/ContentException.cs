namespace FamilyServices.Knowledge;

/// <summary>Content that cannot be used: names the file and line so a family worker can fix it.</summary>
public sealed class ContentException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}

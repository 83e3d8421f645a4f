using System.Text.RegularExpressions;

namespace FamilyServices.Bot.Conversations.Recognisers;

/// <summary>A prison number: a letter, four digits, two letters (A1234BC), spaces and case forgiven.</summary>
public static partial class PrisonNumberRecogniser
{
    public static string? Recognise(string text)
    {
        var compact = new string(Normaliser.Fold(text).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        return PrisonNumber().IsMatch(compact) ? compact.ToUpperInvariant() : null;
    }

    [GeneratedRegex("^[a-z][0-9]{4}[a-z]{2}$")]
    private static partial Regex PrisonNumber();
}

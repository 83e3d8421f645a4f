using System.Text.RegularExpressions;
using FamilyServices.Bot.Channels.Content;

namespace FamilyServices.Bot.Channels.Sms;

public enum SmsCommand { None, Stop, Start, Help, More }

/// <summary>
/// The carrier keywords (STOP, START, HELP) and MORE, in every language we have. Only a message
/// that is the keyword alone counts, as Twilio does: "stop he is scared" is a message, not an opt-out.
/// </summary>
public sealed partial class SmsCommands
{
    private static readonly (SmsCommand Command, string Name)[] Commands =
        [(SmsCommand.Stop, "stop"), (SmsCommand.Start, "start"), (SmsCommand.Help, "help"), (SmsCommand.More, "more")];

    // Normalised once: every inbound text is checked against every keyword.
    private readonly (SmsCommand Command, string Keyword, string Language)[] _keywords;

    public SmsCommands(IChannelTexts texts) =>
        _keywords = Commands.SelectMany(c => texts.Keywords(c.Name).Select(k => (c.Command, Normalise(k.Keyword), k.Language))).ToArray();

    /// <summary>The command and the languages whose keyword it is, preferred language first.</summary>
    public (SmsCommand Command, string? Language) Recognise(string body, string? preferredLanguage)
    {
        var normalised = Normalise(body);
        if (normalised.Length == 0)
        {
            return (SmsCommand.None, null);
        }
        // Keywords are short: a long message is never one, and needs no comparing.
        if (normalised.Length > 20)
        {
            return (SmsCommand.None, null);
        }
        foreach (var (command, _) in Commands)
        {
            var languages = _keywords.Where(k => k.Command == command && k.Keyword == normalised).Select(k => k.Language).ToList();
            if (languages.Count > 0)
            {
                var language = preferredLanguage is not null && languages.Contains(preferredLanguage) ? preferredLanguage : languages[0];
                return (command, language);
            }
        }
        return (SmsCommand.None, null);
    }

    private static string Normalise(string text) =>
        Spaces().Replace(text.Trim().TrimEnd('.', '!', '?', '؟', '۔', '¡', '¿').Trim(), " ").ToUpperInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

namespace FamilyServices.Bot.Channels.Content;

/// <summary>What the channels themselves say (paging prompts, STOP confirmations, page labels), per language.</summary>
public interface IChannelTexts
{
    /// <summary>Language codes with a content file, the default first.</summary>
    IReadOnlyList<string> Languages { get; }

    string DefaultLanguage { get; }

    /// <summary>Whether the language is written right to left.</summary>
    bool IsRightToLeft(string language);

    /// <summary>The language's own name for itself, for the language switcher.</summary>
    string NativeName(string language);

    /// <summary>A text by key in the language, falling back to the default language; {name} placeholders are filled from <paramref name="values"/>.</summary>
    string Get(string language, string key, IReadOnlyDictionary<string, string>? values = null);

    /// <summary>The keywords of a command (stop, start, help, more) in every language, with the language each belongs to.</summary>
    IReadOnlyList<(string Keyword, string Language)> Keywords(string command);

    /// <summary>The language closest to a locale or language code ("pl-PL" gives "pl"), or null when we have none.</summary>
    string? Match(string? localeOrLanguage);
}

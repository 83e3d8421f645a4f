namespace FamilyServices.Knowledge;

/// <summary>What the content says about a language: its name, direction and how to write days and times in it.</summary>
public sealed record LanguageProfile(
    string Code,
    string Name,
    string EnglishName,
    bool RightToLeft,
    IReadOnlyList<string> Days,
    IReadOnlyList<string> DaysShort,
    string EveryDay,
    string DayRange,
    string TimeRange,
    string And,
    string TimeFormat,
    string WholeHourFormat,
    string Am,
    string Pm,
    IReadOnlyList<string> SwitchWords,
    IReadOnlyDictionary<string, string> TextSpeak,
    IReadOnlyList<string> Stopwords,
    bool ArabicScript,
    string Letters,
    IReadOnlyList<string> Prefixes,
    string RomanisedDigits = "",
    RomanisedSpelling? Romanised = null,
    IReadOnlyList<string>? BorrowedByEnglish = null);

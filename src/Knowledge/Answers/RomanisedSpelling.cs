namespace FamilyServices.Knowledge;

/// <summary>
/// How families write an Arabic-script language in Latin letters (Arabizi, Roman Urdu), from its language.yaml: which
/// script letters each Latin letter group or digit stands for, and how words are compared by their sounds.
/// </summary>
/// <param name="Letters">Latin letter groups and digits ("sh", "3", "kh") to the script letters they may stand for.</param>
/// <param name="Alike">Groups of script letters that sound alike and are compared as one ("سصث").</param>
/// <param name="Silent">Script letters left out of a word's sound (hamza).</param>
/// <param name="Vowels">Script letters written for long vowels (ا و ی): they only choose between words of the same consonants.</param>
/// <param name="ConsonantsAtStart">Vowel letters that are consonants at the start of a word (و ی).</param>
/// <param name="SilentAtEnd">Script letters not heard at the end of a word (ة, ه).</param>
/// <param name="Prefixes">Latin beginnings that are a separate little word run on ("el", "w", "bel").</param>
/// <param name="LittleWords">Little words standing alone ("bil", "fel") and the script words they are.</param>
/// <param name="Suffixes">Latin endings that are a pronoun run on ("ha", "hom").</param>
/// <param name="NegatingSuffixes">Latin endings that make a verb negative ("sh" of "ma ... sh").</param>
/// <param name="Negation">The script word a negating ending is read as.</param>
public sealed record RomanisedSpelling(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Letters,
    IReadOnlyList<string> Alike,
    string Silent,
    string Vowels,
    string ConsonantsAtStart,
    string SilentAtEnd,
    IReadOnlyList<string> Prefixes,
    IReadOnlyDictionary<string, string> LittleWords,
    IReadOnlyList<string> Suffixes,
    IReadOnlyList<string> NegatingSuffixes,
    string Negation);

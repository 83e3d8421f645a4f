using System.Buffers;

namespace FamilyServices.Bot.Channels.Sms;

public enum SmsEncoding { Gsm7, Ucs2 }

/// <summary>
/// How many SMS segments a text costs. GSM-7 gives 160 septets in one segment and 153 per segment
/// when split (the extension characters take two septets and are never split across segments);
/// one character outside GSM-7 makes the whole message UCS-2: 70 code units, then 67 per segment,
/// never splitting a surrogate pair.
/// </summary>
public static class SmsSegments
{
    public const int MaxBodyLength = 1600;

    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private const string Extension = "^{}\\[~]|€\f";

    // Looked up for every character of every candidate page when a long answer is cut: a set, not a scan of the alphabet.
    private static readonly SearchValues<char> Gsm7 = SearchValues.Create(Basic + Extension);
    private static readonly SearchValues<char> ExtensionCharacters = SearchValues.Create(Extension);

    public static SmsEncoding EncodingOf(ReadOnlySpan<char> text) =>
        text.ContainsAnyExcept(Gsm7) ? SmsEncoding.Ucs2 : SmsEncoding.Gsm7;

    public static int Count(string text) => Count(text.AsSpan());

    public static int Count(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return 1;
        }
        var encoding = EncodingOf(text);
        var (single, multi) = encoding == SmsEncoding.Gsm7 ? (160, 153) : (70, 67);
        // UCS-2 counts code units, a pair two of them; GSM-7 an extension character twice.
        var total = text.Length;
        if (encoding == SmsEncoding.Gsm7)
        {
            for (var rest = text; rest.IndexOfAny(ExtensionCharacters) is var at and >= 0; rest = rest[(at + 1)..])
            {
                total++;
            }
        }
        if (total <= single)
        {
            return 1;
        }
        // Without a unit of two (an extension character, a surrogate pair) nothing is kept whole across a
        // segment's end: the count follows from the total, as a long answer is cut, candidate page by page.
        if (total == text.Length && (encoding == SmsEncoding.Gsm7 || text.IndexOfAnyInRange('\uD800', '\uDFFF') < 0))
        {
            return (total + multi - 1) / multi;
        }
        var segments = 1;
        var used = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var size = UnitSize(text, i, encoding);
            if (used + size > multi)
            {
                segments++;
                used = 0;
            }
            used += size;
            if (size == 2 && encoding == SmsEncoding.Ucs2)
            {
                i++; // the pair's low surrogate
            }
        }
        return segments;
    }

    /// <summary>The size of the character (or surrogate pair) at <paramref name="i"/> in septets or UTF-16 code units.</summary>
    private static int UnitSize(ReadOnlySpan<char> text, int i, SmsEncoding encoding) =>
        encoding == SmsEncoding.Gsm7
            ? ExtensionCharacters.Contains(text[i]) ? 2 : 1
            : char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
}

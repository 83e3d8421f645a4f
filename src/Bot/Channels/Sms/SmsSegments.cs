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

    public static SmsEncoding EncodingOf(string text)
    {
        foreach (var c in text)
        {
            if (Basic.IndexOf(c) < 0 && Extension.IndexOf(c) < 0)
            {
                return SmsEncoding.Ucs2;
            }
        }
        return SmsEncoding.Gsm7;
    }

    public static int Count(string text)
    {
        if (text.Length == 0)
        {
            return 1;
        }
        var encoding = EncodingOf(text);
        var (single, multi) = encoding == SmsEncoding.Gsm7 ? (160, 153) : (70, 67);
        var units = Units(text, encoding);
        if (units.Sum() <= single)
        {
            return 1;
        }
        var segments = 1;
        var used = 0;
        foreach (var size in units)
        {
            if (used + size > multi)
            {
                segments++;
                used = 0;
            }
            used += size;
        }
        return segments;
    }

    /// <summary>The size of each character (or surrogate pair) in septets or UTF-16 code units.</summary>
    private static List<int> Units(string text, SmsEncoding encoding)
    {
        var units = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (encoding == SmsEncoding.Gsm7)
            {
                units.Add(Extension.IndexOf(text[i]) >= 0 ? 2 : 1);
            }
            else if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                units.Add(2);
                i++;
            }
            else
            {
                units.Add(1);
            }
        }
        return units;
    }
}

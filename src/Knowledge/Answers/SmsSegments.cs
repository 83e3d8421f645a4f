namespace FamilyServices.Knowledge.Answers;

/// <summary>
/// How many SMS segments a text needs. Text in the GSM-7 alphabet fits 160 characters in one segment and 153 per
/// segment when split; anything else (Polish, Romanian, Welsh accents, Arabic, Urdu) is sent as UCS-2: 70, or 67
/// per segment when split.
/// </summary>
public static class SmsSegments
{
    private const string Gsm7Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    // These take two septets (an escape and the character).
    private const string Gsm7Extension = "^{}\\[~]|€\f";

    public static bool IsGsm7(string text) => text.All(c => Gsm7Basic.Contains(c) || Gsm7Extension.Contains(c));

    public static int Count(string text)
    {
        if (IsGsm7(text))
        {
            var septets = text.Sum(c => Gsm7Extension.Contains(c) ? 2 : 1);
            return septets <= 160 ? 1 : (int)Math.Ceiling(septets / 153.0);
        }

        var units = text.Length; // UTF-16 code units, as UCS-2 counts them
        return units <= 70 ? 1 : (int)Math.Ceiling(units / 67.0);
    }
}

namespace FamilyServices.Bot.Conversations.Recognisers;

/// <summary>A UK phone number however it is typed ("07700 900123", "+44 7700 900123"), as +44...</summary>
public static class PhoneNumberRecogniser
{
    public static string? Recognise(string text)
    {
        var folded = Normaliser.Fold(text);
        if (folded.Any(char.IsLetter))
        {
            return null;
        }

        var digits = new string(folded.Where(char.IsAsciiDigit).ToArray());
        var international = folded.TrimStart().StartsWith('+') || digits.StartsWith("00", StringComparison.Ordinal);
        if (international)
        {
            digits = digits.TrimStart('0');
            return digits.StartsWith("44", StringComparison.Ordinal) && digits.Length == 12 && digits[2] != '0' ? "+" + digits : null;
        }

        return digits.Length == 11 && digits[0] == '0' && digits[1] != '0' ? "+44" + digits[1..] : null;
    }
}

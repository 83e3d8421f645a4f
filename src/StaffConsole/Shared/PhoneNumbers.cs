namespace FamilyServices.StaffConsole.Shared;

public static class PhoneNumbers
{
    /// <summary>UK numbers as the assistant stores them (+447700900123), so a search or a reply finds the same person.</summary>
    public static string? Normalise(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string(phone.Where(char.IsDigit).ToArray());
        if (phone.TrimStart().StartsWith('+'))
        {
            return "+" + digits;
        }

        return digits.StartsWith('0') ? "+44" + digits[1..] : digits;
    }
}

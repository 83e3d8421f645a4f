namespace FamilyServices.Bot.Channels.Sms;

/// <summary>The Twilio:* configuration keys.</summary>
public sealed class TwilioOptions
{
    public const string Section = "Twilio";

    public string AccountSid { get; set; } = "";
    public string AuthToken { get; set; } = "";

    /// <summary>Our number, in E.164, that proactive messages come from.</summary>
    public string PhoneNumber { get; set; } = "";

    /// <summary>The address Twilio is configured to call (scheme, host, port if any, no trailing slash): signatures are made over it, not over what a proxy hands us.</summary>
    public string PublicBaseUrl { get; set; } = "";

    public string ApiBaseUrl { get; set; } = "https://api.twilio.com";

    public const string Required = "Twilio:AccountSid, Twilio:AuthToken, Twilio:PhoneNumber and Twilio:PublicBaseUrl (an absolute https address) must be set.";

    public static bool IsComplete(TwilioOptions o) =>
        !string.IsNullOrWhiteSpace(o.AccountSid) && !string.IsNullOrWhiteSpace(o.AuthToken) && !string.IsNullOrWhiteSpace(o.PhoneNumber)
        && Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps;
}

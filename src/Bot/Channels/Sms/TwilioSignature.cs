using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace FamilyServices.Bot.Channels.Sms;

/// <summary>
/// X-Twilio-Signature as twilio-node computes it: Base64(HMAC-SHA1(auth token, URL followed by every
/// parameter name and value, names in ordinal order; a repeated name contributes each distinct value
/// in order)).
/// </summary>
public static class TwilioSignature
{
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        var data = new StringBuilder(url);
        foreach (var (name, values) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var value in values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                data.Append(name).Append(value);
            }
        }
        var hash = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
        return Convert.ToBase64String(hash);
    }

    /// <summary>
    /// Constant-time check; like twilio-node, also accepts the URL with the scheme's default port
    /// added or removed, because Twilio is not consistent about which one it signs.
    /// </summary>
    public static bool IsValid(string? signature, string authToken, string url, IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(authToken))
        {
            return false;
        }
        var list = parameters.ToList();
        var given = Encoding.ASCII.GetBytes(signature);
        var valid = false;
        foreach (var candidate in UrlVariants(url))
        {
            var expected = Encoding.ASCII.GetBytes(Compute(authToken, candidate, list));
            valid |= CryptographicOperations.FixedTimeEquals(expected, given);
        }
        return valid;
    }

    private static IEnumerable<string> UrlVariants(string url)
    {
        yield return url;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            yield break;
        }
        var defaultPort = uri.Scheme == Uri.UriSchemeHttps ? 443 : uri.Scheme == Uri.UriSchemeHttp ? 80 : -1;
        if (defaultPort < 0 || uri.Port != defaultPort)
        {
            yield break;
        }
        var authorityEnd = url.IndexOf('/', uri.Scheme.Length + 3);
        var authority = authorityEnd < 0 ? url : url[..authorityEnd];
        var rest = authorityEnd < 0 ? "" : url[authorityEnd..];
        var portSuffix = ":" + defaultPort;
        yield return authority.EndsWith(portSuffix, StringComparison.Ordinal)
            ? authority[..^portSuffix.Length] + rest
            : authority + portSuffix + rest;
    }
}

using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace FamilyServices.Bot.Channels.Sms;

/// <summary>
/// X-Twilio-Signature as twilio-node computes it: Base64(HMAC-SHA1(auth token, URL followed by every
/// parameter name and value, names in ordinal order; a repeated name contributes each distinct value
/// in order)).
/// </summary>
/// <remarks>
/// Every text is checked against two URLs: the signed text is laid out once in a pooled buffer, the
/// URL in front of the parameters, and the signatures compared as characters, not built as strings.
/// </remarks>
public static class TwilioSignature
{
    private const int HashBytes = 20; // SHA-1
    private const int SignatureChars = 28; // its Base64

    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        using var signed = new SignedText(parameters, url.Length);
        Span<byte> hash = stackalloc byte[HashBytes];
        signed.Hash(authToken, url, hash);
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
        using var signed = new SignedText(parameters, url.Length + PortSuffixLength);
        Span<byte> hash = stackalloc byte[HashBytes];
        Span<char> expected = stackalloc char[SignatureChars];
        var given = MemoryMarshal.AsBytes(signature.AsSpan());
        // As twilio-node: the URL as configured first, the other only when that fails. Which one Twilio
        // signed is no secret; each comparison takes the same time whatever the signature.
        foreach (var candidate in UrlVariants(url))
        {
            signed.Hash(authToken, candidate, hash);
            Convert.TryToBase64Chars(hash, expected, out var written);
            if (CryptographicOperations.FixedTimeEquals(MemoryMarshal.AsBytes(expected[..written]), given))
            {
                return true;
            }
        }
        return false;
    }

    private const int PortSuffixLength = 4; // ":443"

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

    /// <summary>The parameters as signed, with room in front for a URL of up to the given length.</summary>
    private readonly struct SignedText : IDisposable
    {
        private readonly char[] _text;
        private readonly int _urlRoom;
        private readonly int _length;

        public SignedText(IEnumerable<KeyValuePair<string, StringValues>> parameters, int urlRoom)
        {
            // Sorted by name, ties kept in the order given (as OrderBy does).
            var sorted = parameters.Select((p, i) => (p.Key, p.Value, Index: i)).ToArray();
            Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Key, b.Key) is var byName and not 0 ? byName : a.Index.CompareTo(b.Index));
            var length = 0;
            foreach (var (name, values, _) in sorted)
            {
                length += values.Count == 1 ? name.Length + (values[0]?.Length ?? 0) : Distinct(values).Sum(v => name.Length + v.Length);
            }
            _urlRoom = urlRoom;
            _length = length;
            _text = ArrayPool<char>.Shared.Rent(urlRoom + length);
            var at = urlRoom;
            foreach (var (name, values, _) in sorted)
            {
                if (values.Count == 1)
                {
                    at = Append(name, values[0] ?? "", at);
                    continue;
                }
                foreach (var value in Distinct(values))
                {
                    at = Append(name, value, at);
                }
            }
        }

        private int Append(string name, string value, int at)
        {
            name.CopyTo(_text.AsSpan(at));
            value.CopyTo(_text.AsSpan(at + name.Length));
            return at + name.Length + value.Length;
        }

        /// <summary>A repeated name's distinct values in ordinal order.</summary>
        private static IEnumerable<string> Distinct(StringValues values) =>
            values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(v => v ?? "");

        public void Hash(string authToken, string url, Span<byte> hash)
        {
            var start = _urlRoom - url.Length;
            url.CopyTo(_text.AsSpan(start));
            var text = _text.AsSpan(start, url.Length + _length);
            var data = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(text));
            var key = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(authToken));
            try
            {
                var dataLength = Encoding.UTF8.GetBytes(text, data);
                var keyLength = Encoding.UTF8.GetBytes(authToken, key);
                HMACSHA1.HashData(key.AsSpan(0, keyLength), data.AsSpan(0, dataLength), hash);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(key);
                ArrayPool<byte>.Shared.Return(key);
                ArrayPool<byte>.Shared.Return(data);
            }
        }

        public void Dispose() => ArrayPool<char>.Shared.Return(_text);
    }
}

using System.Text;

namespace FamilyServices.EndToEnd.Tests.Resilience;

/// <summary>
/// Malformed and hostile input, the same every run for a seed, so a failure can be replayed:
/// markup, SQL, template and path fragments, bidirectional overrides, control and non-characters,
/// lone surrogates, invalid UTF-8, very long text, keywords the SMS channel acts on.
/// </summary>
public sealed class HostileInput(int seed)
{
    private readonly Random _random = new(seed);

    public static readonly string[] Fragments =
    [
        "<script>alert('fs')</script>", "\"><img src=x onerror=alert(1)>", "<svg/onload=alert(1)>", "javascript:alert(1)",
        "'; DROP TABLE \"Escalations\"; --", "1' OR '1'='1", "' UNION SELECT \"PasswordHash\" FROM \"AspNetUsers\" --",
        "\u202Eevil.exe\u202C", "\u2066\u200F\u200E\u061C", "\0", "\u0001\u0007\u001B[31m\u007F", "\u0085\u2028\u2029",
        "%00%ff%c0%af", "${jndi:ldap://x}", "{{7*7}}", "@(1+1)", "../../etc/passwd", "\uFEFF", "\uFFFE\uFFFF",
        "\uD800", "\uDC00x", "😀👨‍👩‍👧", "Ｓｃｒｉｐｔ", "]]></Message><Message>hi", "&amp;&lt;&#0;", "\r\n\r\nHTTP/1.1 200 OK",
        "STOP", "MORE", "START", "HELP", "2", "٣", "999", "my brother is being threatened for money",
        "Kiedy mogę odwiedzić męża?", "ما هي الهوية التي أحتاجها", "NaN", "-1", "1e309", "99999999999999999999999",
    ];

    public int Next(int max) => _random.Next(max);

    public bool Chance(double p) => _random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>A few fragments mixed with random characters from awkward ranges, now and then very long.</summary>
    public string Text(int maxLength = 400)
    {
        var text = new StringBuilder();
        var parts = 1 + _random.Next(4);
        for (var i = 0; i < parts; i++)
        {
            if (Chance(0.6))
            {
                text.Append(Pick(Fragments));
            }
            else
            {
                for (var n = _random.Next(1, 30); n > 0; n--)
                {
                    text.Append(RandomChar());
                }
            }
        }
        if (Chance(0.03))
        {
            text.Append('x', maxLength);
        }
        return text.Length > maxLength * 2 ? text.ToString(0, maxLength * 2) : text.ToString();
    }

    private char RandomChar() => _random.Next(8) switch
    {
        0 => (char)_random.Next(0, 0x20),
        1 => (char)_random.Next(0x80, 0xA0),
        2 => (char)_random.Next(0x202A, 0x202F),
        3 => (char)_random.Next(0xD800, 0xE000),
        4 => (char)_random.Next(0x0600, 0x0700),
        5 => (char)_random.Next(0xFFF0, 0x10000),
        _ => (char)_random.Next(0x20, 0x7F),
    };

    /// <summary>Bytes that are not valid UTF-8: stray continuation bytes, overlong forms, encoded surrogates, 0xFF.</summary>
    public byte[] InvalidUtf8()
    {
        byte[][] broken = [[0xC3, 0x28], [0xA0, 0xA1], [0xE2, 0x28, 0xA1], [0xF0, 0x28, 0x8C, 0x28], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF], [0xFE, 0xFF]];
        var bytes = new List<byte>();
        for (var n = _random.Next(1, 6); n > 0; n--)
        {
            bytes.AddRange(Chance(0.5) ? Pick(broken) : Encoding.UTF8.GetBytes(Pick(Fragments)));
        }
        return [.. bytes];
    }

    /// <summary>Random bytes, the shape of nothing.</summary>
    public byte[] Noise(int maxLength)
    {
        var bytes = new byte[_random.Next(maxLength)];
        _random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>An application/x-www-form-urlencoded body from raw byte values, so invalid UTF-8 can be sent as it is.</summary>
    public static byte[] Form(IEnumerable<KeyValuePair<string, byte[]>> fields)
    {
        var body = new StringBuilder();
        foreach (var (key, value) in fields)
        {
            if (body.Length > 0)
            {
                body.Append('&');
            }
            body.Append(Escape(Encoding.UTF8.GetBytes(key))).Append('=').Append(Escape(value));
        }
        return Encoding.ASCII.GetBytes(body.ToString());
    }

    private static string Escape(byte[] bytes)
    {
        var escaped = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'_' or (byte)'.')
            {
                escaped.Append((char)b);
            }
            else
            {
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return escaped.ToString();
    }
}

using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace FamilyServices.Bot.Channels.DirectLine;

public enum TokenKind { Conversation, Stream }

public sealed record TokenClaims(string ConversationId, string UserId, TokenKind Kind, DateTimeOffset ExpiresAt);

/// <summary>
/// Tokens bound to one conversation and one user, signed with a key derived from the Direct Line
/// secret, so they need no storage and cannot be moved to another conversation or extended.
/// </summary>
public sealed class DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private byte[] Key => HMACSHA256.HashData(Encoding.UTF8.GetBytes(RequireSecret()), "familyservices/directline/token/v1"u8);

    public (string Token, int ExpiresIn) Issue(string conversationId, string userId, TokenKind kind)
    {
        var lifetime = kind == TokenKind.Stream ? options.Value.StreamUrlLifetime : options.Value.TokenLifetime;
        var expires = clock.GetUtcNow() + lifetime;
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Payload(conversationId, userId, kind == TokenKind.Stream ? "s" : "c", expires.ToUnixTimeSeconds()));
        var signature = HMACSHA256.HashData(Key, payload);
        return (Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(signature), (int)lifetime.TotalSeconds);
    }

    /// <summary>The claims of a genuine, unexpired token of the given kind, otherwise null.</summary>
    public TokenClaims? Validate(string? token, TokenKind kind)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2048 || token.Split('.') is not [var body, var mac])
        {
            return null;
        }
        try
        {
            var payload = Base64Url.DecodeFromChars(body);
            if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(Key, payload), Base64Url.DecodeFromChars(mac)))
            {
                return null;
            }
            var claims = JsonSerializer.Deserialize<Payload>(payload);
            if (claims is null || claims.k != (kind == TokenKind.Stream ? "s" : "c"))
            {
                return null;
            }
            var expires = DateTimeOffset.FromUnixTimeSeconds(claims.e);
            return expires <= clock.GetUtcNow() ? null : new TokenClaims(claims.c, claims.u, kind, expires);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    public bool IsSecret(string? credential)
    {
        var secret = RequireSecret();
        return credential is not null
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(credential)), SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    private string RequireSecret()
    {
        var secret = options.Value.Secret;
        return secret.Length >= 32
            ? secret
            : throw new InvalidOperationException("DirectLine:Secret must be set to at least 32 characters.");
    }

    // Short names keep the token, which rides in a URL on the socket, short.
    private sealed record Payload(string c, string u, string k, long e);
}

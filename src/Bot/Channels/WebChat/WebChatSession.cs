using FamilyServices.Bot.Channels.Content;
using FamilyServices.Bot.Channels.DirectLine;
using Microsoft.AspNetCore.DataProtection;

namespace FamilyServices.Bot.Channels.WebChat;

/// <summary>
/// Which conversation this browser is in, kept in a protected cookie so a family that comes back
/// finds the conversation (and any family worker's reply) where they left it, with or without JavaScript.
/// </summary>
public sealed class WebChatSession(IDataProtectionProvider protection, DirectLineConversations conversations, IChannelTexts texts)
{
    public const string ConversationCookie = "fs_chat";
    public const string LanguageCookie = "fs_lang";

    // Long enough to come back for a reply, short enough that a shared phone forgets.
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(7);

    private readonly IDataProtector _protector = protection.CreateProtector("FamilyServices.WebChat.Conversation");

    public async Task<ConversationRecord?> FindAsync(HttpContext context)
    {
        var cookie = context.Request.Cookies[ConversationCookie];
        if (string.IsNullOrEmpty(cookie))
        {
            return null;
        }
        try
        {
            var conversationId = _protector.Unprotect(cookie);
            return await conversations.FindAsync(conversationId, context.RequestAborted);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public async Task<ConversationRecord> GetOrStartAsync(HttpContext context)
    {
        var conversation = await FindAsync(context) ?? await conversations.StartAsync(null, context.RequestAborted);
        context.Response.Cookies.Append(ConversationCookie, _protector.Protect(conversation.ConversationId), Options(context, KeepFor));
        return conversation;
    }

    public void Forget(HttpContext context) => context.Response.Cookies.Delete(ConversationCookie, Options(context, TimeSpan.Zero));

    /// <summary>The page language: asked for in the address, else remembered, else the browser's, else English.</summary>
    public string Language(HttpContext context, string? requested)
    {
        var chosen = texts.Match(requested);
        if (chosen is not null)
        {
            context.Response.Cookies.Append(LanguageCookie, chosen, Options(context, TimeSpan.FromDays(365)));
            return chosen;
        }
        return texts.Match(context.Request.Cookies[LanguageCookie])
            ?? context.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1)
                .Select(l => texts.Match(l.Value.Value)).FirstOrDefault(l => l is not null)
            ?? texts.DefaultLanguage;
    }

    /// <summary>A form post or token request from another site is refused (the cookie is SameSite=Lax, this closes the rest).</summary>
    public static bool IsCrossSite(HttpRequest request)
    {
        if (request.Headers["Sec-Fetch-Site"].ToString() is "cross-site")
        {
            return true;
        }
        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && origin != "null"
            && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }

    private static CookieOptions Options(HttpContext context, TimeSpan keepFor) => new()
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        IsEssential = true,
        MaxAge = keepFor,
        Path = "/",
    };
}

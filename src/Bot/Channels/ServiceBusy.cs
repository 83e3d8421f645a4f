using FamilyServices.Bot.Channels.Content;
using FamilyServices.Bot.Channels.DirectLine;
using FamilyServices.Bot.Channels.WebChat;
using FamilyServices.Casework.Hosting;

namespace FamilyServices.Bot.Channels;

/// <summary>
/// What a family's client is told when the database is unavailable for a moment (the status is 503 with
/// Retry-After, see <see cref="DatabaseUnavailable"/>): Web Chat gets a Direct Line error it shows as
/// "not sent" and retries; a browser or Twilio gets the apology in plain words.
/// </summary>
public static class ServiceBusy
{
    public static async Task WriteAsync(HttpContext context)
    {
        var texts = context.RequestServices.GetRequiredService<IChannelTexts>();
        var request = context.Request;
        var language = texts.Match(request.Cookies[WebChatSession.LanguageCookie])
            ?? request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1)
                .Select(l => texts.Match(l.Value.Value)).FirstOrDefault(l => l is not null)
            ?? texts.DefaultLanguage;
        var message = texts.Get(language, "channel.error");
        if (request.Path.StartsWithSegments(DirectLineApi.BasePath))
        {
            await context.Response.WriteAsJsonAsync(new DirectLineApi.DirectLineError(new DirectLineApi.ErrorBody("ServiceUnavailable", message)));
            return;
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message);
    }
}

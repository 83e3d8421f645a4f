using System.Text;
using FamilyServices.Casework.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FamilyServices.Bot.Channels.Sms;

/// <summary>Twilio's webhooks: an inbound text, answered with TwiML in the same request, and delivery statuses.</summary>
public static class SmsApi
{
    public const string InboundPath = "/api/sms/twilio";
    public const string StatusPath = "/api/sms/twilio/status";

    public static RouteGroupBuilder MapSmsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(InboundPath)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitMetadata(64 * 1024));
        group.MapPost("", ReceiveAsync);
        group.MapPost("/status", ReceiveStatusAsync);
        return group;
    }

    private static async Task<Results<ContentHttpResult, StatusCodeHttpResult, BadRequest<string>>> ReceiveAsync(
        HttpContext context,
        IOptions<TwilioOptions> options,
        SmsConversation conversation,
        ILoggerFactory loggers,
        IHostApplicationLifetime lifetime)
    {
        // Not the request's token: if Twilio gives up waiting, the turn still finishes, and its retry gets the same reply.
        var cancellationToken = lifetime.ApplicationStopping;
        var (form, refusal) = await ReadSignedFormAsync(context, options.Value);
        if (form is null)
        {
            return refusal == Refusal.Forbidden ? TypedResults.StatusCode(StatusCodes.Status403Forbidden) : TypedResults.BadRequest(BadFormMessage);
        }
        var messageSid = form["MessageSid"].ToString();
        var from = form["From"].ToString();
        if (messageSid.Length == 0 || from.Length == 0 || !form.ContainsKey("Body"))
        {
            return TypedResults.BadRequest("MessageSid, From and Body are required.");
        }
        var body = form["Body"].ToString();
        var mediaCount = int.TryParse(form["NumMedia"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var media) ? media : 0;

        IReadOnlyList<string> messages;
        try
        {
            messages = await conversation.HandleAsync(from, body, mediaCount, messageSid, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && !DatabaseUnavailable.IsCause(e))
        {
            // The person still hears from us; nothing was recorded, so Twilio's retry gets another go.
            loggers.CreateLogger(typeof(SmsApi)).LogError(e, "SMS turn failed for message {MessageSid}", messageSid);
            messages = [await conversation.ErrorReplyAsync(from, cancellationToken)];
        }
        return TypedResults.Text(TwiML(messages), "application/xml", Encoding.UTF8);
    }

    private static async Task<Results<NoContent, StatusCodeHttpResult, BadRequest<string>>> ReceiveStatusAsync(
        HttpContext context,
        IOptions<TwilioOptions> options,
        ISmsOutbox outbox,
        CancellationToken cancellationToken)
    {
        var (form, refusal) = await ReadSignedFormAsync(context, options.Value);
        if (form is null)
        {
            return refusal == Refusal.Forbidden ? TypedResults.StatusCode(StatusCodes.Status403Forbidden) : TypedResults.BadRequest(BadFormMessage);
        }
        var sid = form["MessageSid"].ToString();
        var status = form["MessageStatus"].ToString();
        if (sid.Length == 0 || status.Length == 0)
        {
            return TypedResults.BadRequest("MessageSid and MessageStatus are required.");
        }
        var errorCode = form["ErrorCode"].ToString();
        await outbox.RecordDeliveryAsync(sid, status, errorCode.Length == 0 ? null : errorCode, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// The form, or why it is refused: 403 without a valid signature over our public URL and every
    /// parameter (nothing is processed), 400 when the body is not a form.
    /// </summary>
    private static async Task<(IFormCollection? Form, Refusal Refusal)> ReadSignedFormAsync(
        HttpContext context, TwilioOptions options)
    {
        var signature = context.Request.Headers["X-Twilio-Signature"].ToString();
        if (signature.Length == 0)
        {
            return (null, Refusal.Forbidden);
        }
        if (!context.Request.HasFormContentType)
        {
            return (null, Refusal.Malformed);
        }
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        // Too large is not malformed: that one goes on to be answered 413 (BadRequests).
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException && e is not BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            // Read to the end first, as Direct Line does: a body over the limit is refused 413 even when its first bytes
            // are not a form (the form reader may stop at a null character before the limit is reached).
            await ReadToEndUnlessTooLargeAsync(context);
            return (null, Refusal.Malformed);
        }
        var url = options.PublicBaseUrl.TrimEnd('/') + context.Request.Path + context.Request.QueryString;
        if (!TwilioSignature.IsValid(signature, options.AuthToken, url, form))
        {
            return (null, Refusal.Forbidden);
        }
        return (form, Refusal.None);
    }

    /// <summary>Reads what is left of a body that is not a form; only a body over the limit throws (413).</summary>
    private static async Task ReadToEndUnlessTooLargeAsync(HttpContext context)
    {
        try
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or OperationCanceledException
            || e is BadHttpRequestException && e is not BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            // The client went away or sent a broken body: it is still answered 400.
        }
    }

    private const string BadFormMessage = "Expected an application/x-www-form-urlencoded body that can be read (no null characters).";

    private enum Refusal { None, Forbidden, Malformed }

    public static string TwiML(IEnumerable<string> messages)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>");
        foreach (var message in messages)
        {
            xml.Append("<Message>").Append(Escape(message)).Append("</Message>");
        }
        return xml.Append("</Response>").ToString();
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
                continue;
            }
            switch (c)
            {
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&apos;"); break;
                // Control characters other than tab and newlines are not allowed in XML 1.0.
                case < ' ' and not ('\t' or '\n' or '\r'): break;
                // Nor are a surrogate without its pair and U+FFFE/U+FFFF: Twilio would refuse the whole reply.
                case (>= '\uD800' and <= '\uDFFF') or '\uFFFE' or '\uFFFF': break;
                default: escaped.Append(c); break;
            }
        }
        return escaped.ToString();
    }

    private sealed class RequestSizeLimitMetadata(long limit) : Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => limit;
    }
}

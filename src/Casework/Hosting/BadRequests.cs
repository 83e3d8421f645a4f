using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace FamilyServices.Casework.Hosting;

/// <summary>
/// A request the server could not read (a body over the endpoint's size limit, a form with too many
/// fields or a field too long, a broken body) is the client's fault: it gets 413 or 400 with a plain
/// reason, not a 500 that looks like our fault and hides a flood in the error logs.
/// </summary>
public static class BadRequests
{
    /// <param name="writeBody">False where status code pages show the reason in the app's own layout.</param>
    public static IApplicationBuilder UseBadRequestResponses(this IApplicationBuilder app, bool writeBody = true) =>
        app.Use(async (context, next) =>
        {
            // A declared length over the endpoint's limit is refused on the headers alone, even where
            // the endpoint would not read the body: none of it is read, and none is sent after "Expect: 100-continue".
            if (context.Request.ContentLength > context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize)
            {
                await RefuseAsync(context, writeBody, StatusCodes.Status413PayloadTooLarge, "The request is too large.");
                return;
            }
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                await RefuseAsync(context, writeBody, e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? "The request is too large."
                    : "The request could not be read.");
            }
            catch (InvalidDataException) when (!context.Response.HasStarted)
            {
                // What FormReader throws past the form limits (value count, key or value length).
                await RefuseAsync(context, writeBody, StatusCodes.Status400BadRequest, "The form has too many fields, or a field is too long.");
            }
        });

    private static Task RefuseAsync(HttpContext context, bool writeBody, int status, string message)
    {
        context.Response.StatusCode = status;
        if (!writeBody)
        {
            return Task.CompletedTask;
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message);
    }
}

using Microsoft.Extensions.Options;
using PolicyBot.Channels.DirectLine;
using PolicyBot.Web.Http;

namespace PolicyBot.Web.DirectLine;

/// <summary>
/// POST /api/webchat/token: a Direct Line token for a new conversation, for the embedded page only. Cross-site use is refused:
/// the request must be JSON (a cross-site form cannot send that without a CORS preflight, and no CORS is served) and a
/// present <c>Origin</c> or <c>Sec-Fetch-Site</c> must say same-origin. The service chooses the user id.
/// </summary>
public sealed class WebChatTokenHandler(DirectLineService service, IOptions<HostingOptions> publicUrl)
{
    private const int MaxBodyBytes = 1024;

    public IResult Issue(HttpRequest request)
    {
        if (RequestBody.RequireJson(request) is { } notJson)
        {
            return notJson;
        }
        if (request.ContentLength > MaxBodyBytes)
        {
            return ErrorResults.Json(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The body must be empty or {}.");
        }
        if (!IsSameOrigin(request))
        {
            return ErrorResults.Json(StatusCodes.Status403Forbidden, "Forbidden", "Cross-site requests are refused.");
        }
        return DirectLineHandler.ToResult(request, service.GenerateWebChatToken(DirectLineRateLimiting.ClientKey(request.HttpContext)));
    }

    private bool IsSameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return false;
        }
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true; // not a browser's cross-origin request: browsers always send Origin on a cross-origin POST
        }
        var own = publicUrl.Value.BaseUri is { } configured
            ? configured.GetLeftPart(UriPartial.Authority)
            : $"{request.Scheme}://{request.Host}";
        return Uri.TryCreate(origin, UriKind.Absolute, out var presented)
               && string.Equals(presented.GetLeftPart(UriPartial.Authority), new Uri(own).GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
    }
}

using System.Globalization;
using Microsoft.Extensions.Options;
using PolicyBot.Channels.DirectLine;
using PolicyBot.Channels.Hosting;
using PolicyBot.Web.Http;

namespace PolicyBot.Web.DirectLine;

/// <summary>Adapts HTTP requests under <c>/v3/directline</c> to <see cref="DirectLineService"/>.</summary>
public sealed class DirectLineHandler(DirectLineService service, IOptions<BotOptions> options, IOptions<DirectLineOptions> directLine,
    IOptions<HostingOptions> publicUrl)
{
    /// <summary>POST /tokens/generate (with the secret).</summary>
    public async Task<IResult> GenerateTokenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!service.IsSecret(Authorization(request)))
        {
            return ToResult(request, service.GenerateToken(Authorization(request), null)); // 401 before reading any body
        }
        var (parameters, error) = await RequestBody.ReadOptionalAsync<TokenParameters>(request, options.Value.MaxRequestBytes, cancellationToken);
        return error ?? ToResult(request, service.GenerateToken(Authorization(request), parameters));
    }

    /// <summary>POST /tokens/refresh.</summary>
    public IResult RefreshToken(HttpRequest request) => ToResult(request, service.RefreshToken(Authorization(request)));

    /// <summary>POST /conversations.</summary>
    public async Task<IResult> StartConversationAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (parameters, error) = await RequestBody.ReadOptionalAsync<TokenParameters>(request, options.Value.MaxRequestBytes, cancellationToken);
        return error ?? ToResult(request,
            await service.StartConversationAsync(Authorization(request), parameters, StreamBase(request), cancellationToken));
    }

    /// <summary>GET /conversations/{id}.</summary>
    public IResult GetConversation(HttpRequest request, string conversationId, string? watermark) =>
        ToResult(request, service.GetConversation(conversationId, Authorization(request), StreamBase(request), watermark));

    /// <summary>GET /conversations/{id}/activities?watermark=.</summary>
    public IResult GetActivities(HttpRequest request, string conversationId, string? watermark) =>
        ToResult(request, service.GetActivities(conversationId, Authorization(request), watermark));

    /// <summary>POST /conversations/{id}/activities.</summary>
    public async Task<IResult> PostActivityAsync(HttpRequest request, string conversationId, CancellationToken cancellationToken)
    {
        // One posted activity may be at most MaxActivityBytes as sent (413 otherwise), whatever the endpoint's outer cap.
        var limit = Math.Min(options.Value.MaxRequestBytes, directLine.Value.MaxActivityBytes);
        var (activity, error) = await RequestBody.ReadActivityAsync(request, limit, cancellationToken);
        return error ?? ToResult(request, await service.PostActivityAsync(conversationId, Authorization(request), activity!, cancellationToken));
    }

    /// <summary>The base of stream URLs: the configured public base URL, else the request's (host-filtered) scheme and host.</summary>
    public Uri StreamBase(HttpRequest request)
    {
        var root = publicUrl.Value.BaseUri ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
        var scheme = root.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        return new Uri($"{scheme}://{root.Authority}{root.AbsolutePath.TrimEnd('/')}/v3/directline");
    }

    internal static IResult ToResult(HttpRequest request, DirectLineResult result)
    {
        if (result.RetryAfter is { } wait)
        {
            request.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        return ErrorResults.From(result.StatusCode, result.Body);
    }

    private static string? Authorization(HttpRequest request) => request.Headers.Authorization.ToString() is { Length: > 0 } value ? value : null;
}

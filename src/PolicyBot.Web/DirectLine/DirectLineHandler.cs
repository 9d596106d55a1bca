using Microsoft.Extensions.Options;
using PolicyBot.Channels.DirectLine;
using PolicyBot.Channels.Hosting;
using PolicyBot.Web.Http;

namespace PolicyBot.Web.DirectLine;

/// <summary>Adapts HTTP requests under <c>/v3/directline</c> to <see cref="DirectLineService"/>.</summary>
public sealed class DirectLineHandler(DirectLineService service, IOptions<BotOptions> options)
{
    /// <summary>POST /tokens/generate.</summary>
    public async Task<IResult> GenerateTokenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (parameters, error) = await RequestBody.ReadOptionalAsync<TokenParameters>(request, options.Value.MaxRequestBytes, cancellationToken);
        return error ?? ToResult(service.GenerateToken(parameters));
    }

    /// <summary>POST /tokens/refresh.</summary>
    public IResult RefreshToken(HttpRequest request) => ToResult(service.RefreshToken(Authorization(request)));

    /// <summary>POST /conversations.</summary>
    public async Task<IResult> StartConversationAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (parameters, error) = await RequestBody.ReadOptionalAsync<TokenParameters>(request, options.Value.MaxRequestBytes, cancellationToken);
        return error ?? ToResult(await service.StartConversationAsync(Authorization(request), parameters, StreamBase(request), cancellationToken));
    }

    /// <summary>GET /conversations/{id}.</summary>
    public IResult GetConversation(HttpRequest request, string conversationId, string? watermark) =>
        ToResult(service.GetConversation(conversationId, Authorization(request), StreamBase(request), watermark));

    /// <summary>GET /conversations/{id}/activities?watermark=.</summary>
    public IResult GetActivities(HttpRequest request, string conversationId, string? watermark) =>
        ToResult(service.GetActivities(conversationId, Authorization(request), watermark));

    /// <summary>POST /conversations/{id}/activities.</summary>
    public async Task<IResult> PostActivityAsync(HttpRequest request, string conversationId, CancellationToken cancellationToken)
    {
        var (activity, error) = await RequestBody.ReadActivityAsync(request, options.Value.MaxRequestBytes, cancellationToken);
        return error ?? ToResult(await service.PostActivityAsync(conversationId, Authorization(request), activity!, cancellationToken));
    }

    private static string? Authorization(HttpRequest request) => request.Headers.Authorization.ToString() is { Length: > 0 } value ? value : null;

    // The stream lives under the same base as the REST calls, with the WebSocket scheme of the request's scheme.
    private static Uri StreamBase(HttpRequest request) =>
        new($"{(request.IsHttps ? "wss" : "ws")}://{request.Host}{request.PathBase}/v3/directline");

    private static IResult ToResult(DirectLineResult result) => ErrorResults.From(result.StatusCode, result.Body);
}

using Microsoft.Extensions.Options;
using PolicyBot.Channels.Adapter;
using PolicyBot.Channels.Hosting;
using PolicyBot.Schema;
using PolicyBot.Web.Http;

namespace PolicyBot.Web.Messages;

/// <summary>Turns an HTTP request on the bot endpoint into an adapter call: JSON body within the size limit, then authentication.</summary>
public sealed partial class BotMessageHandler(
    ChannelAdapter adapter,
    IRequestAuthenticator authenticator,
    IOptions<BotOptions> options,
    ILogger<BotMessageHandler> logger)
{
    /// <summary>Handles <c>POST /api/messages</c>.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (activity, error) = await RequestBody.ReadActivityAsync(request, options.Value.MaxRequestBytes, cancellationToken);
        if (error is not null)
        {
            return error;
        }
        var authentication = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity!, cancellationToken);
        if (!authentication.Succeeded)
        {
            LogUnauthenticated(logger, authentication.StatusCode, UnicodeText.ForLog(authentication.Reason));
            return ErrorResults.Json(authentication.StatusCode, "Unauthorized", authentication.Reason ?? "Not authenticated.");
        }
        var response = await adapter.ProcessAsync(activity!, authentication, cancellationToken);
        if (response.RetryAfter is { } retryAfter)
        {
            request.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return ErrorResults.From(response.StatusCode, response.Body);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a bot endpoint request with {Status}: {Reason}")]
    private static partial void LogUnauthenticated(ILogger logger, int status, string? reason);
}

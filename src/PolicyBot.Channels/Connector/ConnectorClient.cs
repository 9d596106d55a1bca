using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using PolicyBot.Schema;

namespace PolicyBot.Channels.Connector;

/// <summary>
/// Posts activities to the Connector REST API through a named client from <see cref="IHttpClientFactory"/>.
/// Retries the statuses channels ask to retry (429, 412, 502, 503, 504) a few times with short backoff, honouring
/// Retry-After, so that a reply still fits in the channel's 10–15 s turn budget.
/// </summary>
public sealed partial class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IConnectorTokenProvider tokenProvider,
    TimeProvider time,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    /// <summary>The name of the <see cref="HttpClient"/> registered for Connector calls.</summary>
    public const string HttpClientName = "BotConnector";

    private const int MaxAttempts = 3;
    private static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    /// <inheritdoc />
    public async Task<ResourceResponse?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!ConnectorUris.TryParseServiceUrl(activity.ServiceUrl, out var serviceUrl))
        {
            throw new ArgumentException("The activity has no usable serviceUrl.", nameof(activity));
        }
        var conversationId = activity.Conversation?.Id
            ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        var uri = ConnectorUris.Activities(serviceUrl, conversationId, activity.ReplyToId);
        var client = httpClientFactory.CreateClient(HttpClientName);

        for (var attempt = 1; ; attempt++)
        {
            using var request = await CreateRequestAsync(uri, serviceUrl, activity, cancellationToken).ConfigureAwait(false);
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is 200 or 201 or 202)
            {
                LogSent(logger, activity.Type, uri, status);
                return response.Content.Headers.ContentLength is > 0
                    ? await ReadResourceResponseAsync(response, cancellationToken).ConfigureAwait(false)
                    : null;
            }
            if (attempt >= MaxAttempts || !IsTransient(status))
            {
                LogRejected(logger, uri, status, attempt);
                throw new ConnectorException(status, $"The channel answered {status} to POST {uri}.");
            }
            var delay = RetryDelay(response, attempt);
            LogRetrying(logger, uri, status, delay.TotalMilliseconds);
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<HttpRequestMessage> CreateRequestAsync(Uri uri, Uri serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = JsonContent.Create(activity, options: ProtocolJson.Options),
        };
        var token = await tokenProvider.GetTokenAsync(serviceUrl, cancellationToken).ConfigureAwait(false);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return request;
    }

    private static bool IsTransient(int status) => status is 429 or 412 or 502 or 503 or 504;

    private static TimeSpan RetryDelay(HttpResponseMessage response, int attempt)
    {
        var requested = response.Headers.RetryAfter?.Delta;
        var backoff = BaseDelay * Math.Pow(2, attempt - 1) * (0.8 + (Random.Shared.NextDouble() * 0.4));
        var delay = requested ?? backoff;
        return delay > MaxDelay ? MaxDelay : delay;
    }

    private static async Task<ResourceResponse?> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<ResourceResponse>(ProtocolJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException)
        {
            return null; // A channel that accepted the activity but answered with something else is still a success.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sent {ActivityType} to {Uri}: {Status}")]
    private static partial void LogSent(ILogger logger, string? activityType, Uri uri, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector answered {Status} to POST {Uri}; retrying in {DelayMs} ms")]
    private static partial void LogRetrying(ILogger logger, Uri uri, int status, double delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector rejected POST {Uri} with {Status} after {Attempts} attempt(s)")]
    private static partial void LogRejected(ILogger logger, Uri uri, int status, int attempts);
}

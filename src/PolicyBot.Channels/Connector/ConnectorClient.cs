using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using PolicyBot.Schema;

namespace PolicyBot.Channels.Connector;

/// <summary>Posts activities to the Connector REST API through a named client from <see cref="IHttpClientFactory"/>.</summary>
public sealed partial class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IConnectorTokenProvider tokenProvider,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    /// <summary>The name of the <see cref="HttpClient"/> registered for Connector calls.</summary>
    public const string HttpClientName = "BotConnector";

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

        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = JsonContent.Create(activity, options: ProtocolJson.Options),
        };
        var token = await tokenProvider.GetTokenAsync(serviceUrl, cancellationToken).ConfigureAwait(false);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (status is not (200 or 201 or 202))
        {
            LogRejected(logger, uri, status);
            throw new ConnectorException(status, $"The channel answered {status} to POST {uri}.");
        }
        LogSent(logger, activity.Type, uri, status);
        return response.Content.Headers.ContentLength is > 0
            ? await ReadResourceResponseAsync(response, cancellationToken).ConfigureAwait(false)
            : null;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector rejected POST {Uri} with {Status}")]
    private static partial void LogRejected(ILogger logger, Uri uri, int status);
}

namespace PolicyBot.Channels.Connector;

/// <summary>Builds Connector REST URLs, keeping any path prefix of the serviceUrl (e.g. <c>/amer/</c>).</summary>
public static class ConnectorUris
{
    /// <summary><c>{serviceUrl}/v3/conversations/{conversationId}/activities[/{replyToId}]</c>, ids escaped.</summary>
    public static Uri Activities(Uri serviceUrl, string conversationId, string? replyToId)
    {
        var baseUri = serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl : new Uri(serviceUrl.AbsoluteUri + "/");
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }
        return new Uri(baseUri, path);
    }

    /// <summary>Parses a serviceUrl, accepting only absolute http and https URLs.</summary>
    public static bool TryParseServiceUrl(string? serviceUrl, out Uri uri)
    {
        if (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
        {
            uri = parsed;
            return true;
        }
        uri = null!;
        return false;
    }
}

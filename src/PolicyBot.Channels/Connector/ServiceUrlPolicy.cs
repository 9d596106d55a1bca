using Microsoft.Extensions.Options;
using PolicyBot.Channels.Hosting;

namespace PolicyBot.Channels.Connector;

/// <summary>
/// Decides whether replies may be posted to an activity's serviceUrl. An authenticated request's serviceUrl was checked
/// against its token, so it may be used. An anonymous (development) request may only name a loopback Connector — the
/// Bot Framework Emulator on this machine — or one listed in <see cref="BotOptions.AllowedServiceUrls"/>; anything else
/// is refused before any outbound request is made. URLs with credentials or a host written in an unusual form
/// (decimal or hexadecimal IPs) are refused always.
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<BotOptions> options)
{
    // Parsed once (the validator has already refused entries that are not absolute http(s) URLs).
    private readonly Uri[] _allowed = options.Value.AllowedServiceUrls
        .Select(a => Uri.TryCreate(a, UriKind.Absolute, out var u) ? u : null).OfType<Uri>().ToArray();

    /// <summary>The parsed URL when replies may go there; otherwise null and why not.</summary>
    public (Uri? Url, string? Refusal) Check(string? serviceUrl, bool authenticated)
    {
        if (!ConnectorUris.TryParseServiceUrl(serviceUrl, out var url))
        {
            return (null, "The activity has no absolute http(s) serviceUrl.");
        }
        if (url.UserInfo.Length > 0 || !WrittenCanonically(serviceUrl!, url))
        {
            return (null, "The serviceUrl must be a plain http(s) URL without credentials.");
        }
        if (authenticated)
        {
            return url.Scheme == Uri.UriSchemeHttps || url.IsLoopback
                ? (url, null)
                : (null, "The serviceUrl of an authenticated activity must use https.");
        }
        if (url.IsLoopback || IsAllowListed(url))
        {
            return (url, null);
        }
        return (null, "Without authentication replies go only to a loopback serviceUrl (the Emulator) or one in Bot:AllowedServiceUrls; "
            + "use deliveryMode expectReplies to get them in the response.");
    }

    private bool IsAllowListed(Uri url) =>
        _allowed.Any(prefix =>
            string.Equals(prefix.Scheme, url.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(prefix.IdnHost, url.IdnHost, StringComparison.OrdinalIgnoreCase)
            && prefix.Port == url.Port
            && url.AbsolutePath.StartsWith(prefix.AbsolutePath, StringComparison.OrdinalIgnoreCase));

    // Uri turns "http://2130706433/" into 127.0.0.1; a host that was not written the way Uri prints it is refused.
    private static bool WrittenCanonically(string original, Uri url)
    {
        var afterScheme = original.AsSpan(url.Scheme.Length + 3);
        var end = afterScheme.IndexOfAny("/?#");
        var authority = end < 0 ? afterScheme : afterScheme[..end];
        return authority.Equals(url.Authority, StringComparison.OrdinalIgnoreCase)
            || authority.Equals($"{url.Authority}:{url.Port}", StringComparison.OrdinalIgnoreCase);
    }
}

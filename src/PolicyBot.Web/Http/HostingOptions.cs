using System.Net;
using Microsoft.Extensions.Options;

namespace PolicyBot.Web.Http;

/// <summary>How the host faces the internet, bound to the <c>Hosting</c> configuration section.</summary>
public sealed class HostingOptions
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "Hosting";

    /// <summary>
    /// The public base URL (e.g. <c>https://bot.example.gov.cn</c>) that stream URLs and the same-origin check use.
    /// Empty = the request's own scheme and host, which ASP.NET's host filtering has vetted — so production must set
    /// <c>AllowedHosts</c> (or this) rather than leave <c>*</c>.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>
    /// Addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (client IP for rate limits,
    /// https for stream URLs). Empty = no forwarded header is believed.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/8</c>) of such proxies.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>
    /// Origins allowed to show the Web Chat page in a frame (CSP frame-ancestors) besides the page's own: Teams' web
    /// and desktop clients by default, so the page works as a Teams tab.
    /// </summary>
    public string[] FrameAncestors { get; set; } =
    [
        "https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://*.teams.microsoft.us",
        "https://local.teams.office.com", "https://*.office.com", "https://*.cloud.microsoft", "https://*.skype.com",
    ];

    /// <summary>The parsed <see cref="PublicBaseUrl"/>, or null when it is empty.</summary>
    public Uri? BaseUri => string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : new Uri(PublicBaseUrl.TrimEnd('/') + "/");
}

/// <summary>Rejects unusable hosting settings at start.</summary>
internal sealed class HostingOptionsValidator : IValidateOptions<HostingOptions>
{
    public ValidateOptionsResult Validate(string? name, HostingOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            && !(Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var uri)
                 && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0))
        {
            failures.Add("Hosting:PublicBaseUrl must be an absolute http(s) URL without query, fragment or credentials.");
        }
        failures.AddRange(options.KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => $"Hosting:KnownProxies entry '{p}' is not an IP address."));
        failures.AddRange(options.KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _))
            .Select(n => $"Hosting:KnownNetworks entry '{n}' is not a CIDR network."));
        failures.AddRange(options.FrameAncestors.Where(a => a.Any(c => char.IsWhiteSpace(c) || c is ';' or ',' or '\'' or '"'))
            .Select(a => $"Hosting:FrameAncestors entry '{a}' is not a CSP source."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

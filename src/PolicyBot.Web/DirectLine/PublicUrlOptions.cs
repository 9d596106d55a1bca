using Microsoft.Extensions.Options;

namespace PolicyBot.Web.DirectLine;

/// <summary>Where clients reach this host, bound to the <c>Hosting</c> configuration section.</summary>
public sealed class PublicUrlOptions
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "Hosting";

    /// <summary>
    /// The public base URL (e.g. <c>https://bot.example.gov.cn</c>) that stream URLs and the same-origin check use.
    /// Empty = the request's own scheme and host, which ASP.NET's host filtering has vetted — so production must set
    /// <c>AllowedHosts</c> (or this) rather than leave <c>*</c>.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>The parsed <see cref="PublicBaseUrl"/>, or null when it is empty.</summary>
    public Uri? BaseUri => string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : new Uri(PublicBaseUrl.TrimEnd('/') + "/");
}

/// <summary>Rejects a public base URL that is not an absolute http(s) URL without query or fragment.</summary>
internal sealed class PublicUrlOptionsValidator : IValidateOptions<PublicUrlOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicUrlOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return ValidateOptionsResult.Success;
        }
        return Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var uri)
               && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Hosting:PublicBaseUrl must be an absolute http(s) URL without query or fragment.");
    }
}

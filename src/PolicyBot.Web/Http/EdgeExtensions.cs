using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PolicyBot.Web.Http;

/// <summary>
/// What every response carries and what the host believes of a proxy: forwarded headers only from configured proxies,
/// and security headers — no MIME sniffing, no referrer, and a Content-Security-Policy that lets the page run its own
/// scripts (the Web Chat bundle and app.js, both served from here) and be framed only by itself and Teams.
/// </summary>
public static class EdgeExtensions
{
    /// <summary>Binds and validates <see cref="HostingOptions"/> and sets up forwarded headers from them.</summary>
    public static IServiceCollection AddEdge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HostingOptions>().Bind(configuration.GetSection(HostingOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HostingOptions>, HostingOptionsValidator>());
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HostingOptions>>((forwarded, hosting) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in hosting.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in hosting.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>Applies forwarded headers (from known proxies only) and adds the security headers to every response.</summary>
    public static WebApplication UseEdge(this WebApplication app)
    {
        var hosting = app.Services.GetRequiredService<IOptions<HostingOptions>>().Value;
        if (hosting.KnownProxies.Length > 0 || hosting.KnownNetworks.Length > 0)
        {
            app.UseForwardedHeaders(); // otherwise no forwarded header is believed at all
        }
        var policy = ContentSecurityPolicy(hosting);
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = policy;
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }
            return next(context);
        });
        return app;
    }

    private static string ContentSecurityPolicy(HostingOptions hosting) => string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        // Web Chat styles its components with injected <style> elements.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "media-src 'self' blob:",
        // 'self' covers the page's own ws:// and wss:// origin for the Direct Line stream.
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors " + string.Join(' ', ["'self'", .. hosting.FrameAncestors]));
}

using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PolicyBot.Channels.DirectLine;
using PolicyBot.Web.Http;

namespace PolicyBot.Web.DirectLine;

/// <summary>
/// Rate-limiter policies of the Direct Line endpoints (ASP.NET Core's built-in limiter), sized by
/// <see cref="DirectLineRateLimits"/>: minting and refreshing per client IP address, posting and reading per conversation.
/// A rejected request gets 429, <c>Retry-After</c> in seconds and a protocol error body.
/// </summary>
internal static class DirectLineRateLimiting
{
    public const string Create = "directline-create";
    public const string Refresh = "directline-refresh";
    public const string Post = "directline-post";
    public const string Read = "directline-read";

    /// <summary>Marks an endpoint that only mints when called with the secret or no token (POST /conversations).</summary>
    public sealed record FreeWithToken;

    public static IServiceCollection AddDirectLineRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<DirectLineOptions>>((limiter, directLine) =>
        {
            var limits = directLine.Value.RateLimits;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.AddPolicy(Create, context => StartsWithToken(context)
                ? RateLimitPartition.GetNoLimiter("token")
                : PerMinute(ClientKey(context), limits.ConversationsPerMinutePerClient));
            limiter.AddPolicy(Refresh, context => PerMinute(ClientKey(context), limits.TokenRefreshesPerMinutePerClient));
            limiter.AddPolicy(Post, context =>
                Bucket(ConversationKey(context), limits.PostsPerMinutePerConversation, limits.PostBurstPerConversation));
            limiter.AddPolicy(Read, context =>
                Bucket(ConversationKey(context), limits.ReadsPerMinutePerConversation, limits.ReadBurstPerConversation));
        });
        return services;
    }

    /// <summary>
    /// The client's address as the host sees it (set from the forwarded headers of a configured proxy, never from
    /// headers alone); IPv6 clients are grouped by their /64, which one subscriber usually holds whole.
    /// </summary>
    public static string ClientKey(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }
        return address.ToString();
    }

    private static string ConversationKey(HttpContext context) =>
        context.Request.RouteValues["conversationId"] as string ?? "";

    private static bool StartsWithToken(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<FreeWithToken>() is not null
        && AuthorizationHeader(context) is { } authorization
        && !context.RequestServices.GetRequiredService<DirectLineService>().IsSecret(authorization);

    private static string? AuthorizationHeader(HttpContext context) =>
        context.Request.Headers.Authorization.ToString() is { Length: > 0 } value ? value : null;

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static RateLimitPartition<string> Bucket(string key, int perMinute, int burst) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
            AutoReplenishment = true,
            QueueLimit = 0,
        });

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
        context.HttpContext.Response.Headers.RetryAfter =
            Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await ErrorResults.Json(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests; retry after the Retry-After delay.")
            .ExecuteAsync(context.HttpContext);
    }
}

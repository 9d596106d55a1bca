using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PolicyBot.Channels.DirectLine;

namespace PolicyBot.Web.DirectLine;

/// <summary>The Direct Line 3.0 subset the embedded Web Chat talks to, under <c>/v3/directline</c>, and the page's token endpoint.</summary>
public static class DirectLineExtensions
{
    private const string ConversationRoute = "/conversations/{conversationId:maxlength(128)}";

    /// <summary>Registers the Direct Line request handlers, the public URL setting and the rate limits.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddDirectLineRateLimits();
        return services.AddSingleton<DirectLineHandler>().AddSingleton<DirectLineStreamHandler>().AddSingleton<WebChatTokenHandler>();
    }

    /// <summary>Maps the Direct Line routes to <see cref="DirectLineHandler"/> and <c>POST /api/webchat/token</c>.</summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/webchat/token", (HttpRequest request, WebChatTokenHandler handler) => handler.Issue(request))
            .RequireRateLimiting(DirectLineRateLimiting.Create);

        var directLine = endpoints.MapGroup("/v3/directline");
        directLine.MapPost("/tokens/generate", (HttpRequest request, DirectLineHandler handler, CancellationToken ct) =>
                handler.GenerateTokenAsync(request, ct))
            .RequireRateLimiting(DirectLineRateLimiting.Create);
        directLine.MapPost("/tokens/refresh", (HttpRequest request, DirectLineHandler handler) =>
                handler.RefreshToken(request))
            .RequireRateLimiting(DirectLineRateLimiting.Refresh);
        directLine.MapPost("/conversations", (HttpRequest request, DirectLineHandler handler, CancellationToken ct) =>
                handler.StartConversationAsync(request, ct))
            .WithMetadata(new DirectLineRateLimiting.FreeWithToken())
            .RequireRateLimiting(DirectLineRateLimiting.Create);
        directLine.MapGet(ConversationRoute,
                (HttpRequest request, string conversationId, string? watermark, DirectLineHandler handler) =>
                    handler.GetConversation(request, conversationId, watermark))
            .RequireRateLimiting(DirectLineRateLimiting.Read);
        directLine.MapGet(ConversationRoute + "/activities",
                (HttpRequest request, string conversationId, string? watermark, DirectLineHandler handler) =>
                    handler.GetActivities(request, conversationId, watermark))
            .RequireRateLimiting(DirectLineRateLimiting.Read);
        directLine.MapPost(ConversationRoute + "/activities",
                (HttpRequest request, string conversationId, DirectLineHandler handler, CancellationToken ct) =>
                    handler.PostActivityAsync(request, conversationId, ct))
            .RequireRateLimiting(DirectLineRateLimiting.Post);
        directLine.MapGet(ConversationRoute + "/stream",
                (HttpContext context, string conversationId, string? ticket, string? watermark, DirectLineStreamHandler handler,
                    CancellationToken ct) => handler.HandleAsync(context, conversationId, ticket, watermark, ct))
            .RequireRateLimiting(DirectLineRateLimiting.Read);
        return endpoints;
    }
}

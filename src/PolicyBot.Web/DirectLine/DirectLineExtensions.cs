namespace PolicyBot.Web.DirectLine;

/// <summary>The Direct Line 3.0 subset the embedded Web Chat talks to, under <c>/v3/directline</c>.</summary>
public static class DirectLineExtensions
{
    /// <summary>Registers the Direct Line request handlers.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services) =>
        services.AddSingleton<DirectLineHandler>().AddSingleton<DirectLineStreamHandler>();

    /// <summary>Maps the Direct Line routes to <see cref="DirectLineHandler"/>.</summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var directLine = endpoints.MapGroup("/v3/directline");
        directLine.MapPost("/tokens/generate", (HttpRequest request, DirectLineHandler handler, CancellationToken ct) =>
            handler.GenerateTokenAsync(request, ct));
        directLine.MapPost("/tokens/refresh", (HttpRequest request, DirectLineHandler handler) =>
            handler.RefreshToken(request));
        directLine.MapPost("/conversations", (HttpRequest request, DirectLineHandler handler, CancellationToken ct) =>
            handler.StartConversationAsync(request, ct));
        directLine.MapGet("/conversations/{conversationId}",
            (HttpRequest request, string conversationId, string? watermark, DirectLineHandler handler) =>
                handler.GetConversation(request, conversationId, watermark));
        directLine.MapGet("/conversations/{conversationId}/activities",
            (HttpRequest request, string conversationId, string? watermark, DirectLineHandler handler) =>
                handler.GetActivities(request, conversationId, watermark));
        directLine.MapPost("/conversations/{conversationId}/activities",
            (HttpRequest request, string conversationId, DirectLineHandler handler, CancellationToken ct) =>
                handler.PostActivityAsync(request, conversationId, ct));
        directLine.MapGet("/conversations/{conversationId}/stream",
            (HttpContext context, string conversationId, string? t, string? watermark, DirectLineStreamHandler handler, CancellationToken ct) =>
                handler.HandleAsync(context, conversationId, t, watermark, ct));
        return endpoints;
    }
}

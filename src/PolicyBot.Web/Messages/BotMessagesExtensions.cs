namespace PolicyBot.Web.Messages;

/// <summary>The Bot Framework messaging endpoint, <c>POST /api/messages</c>.</summary>
public static class BotMessagesExtensions
{
    /// <summary>Registers the endpoint's request handler.</summary>
    public static IServiceCollection AddBotMessages(this IServiceCollection services) =>
        services.AddSingleton<BotMessageHandler>();

    /// <summary>Maps <c>POST /api/messages</c> to <see cref="BotMessageHandler"/>.</summary>
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages",
            (HttpRequest request, BotMessageHandler handler, CancellationToken cancellationToken) =>
                handler.HandleAsync(request, cancellationToken));
        return endpoints;
    }
}

using PolicyBot.Schema;

namespace PolicyBot.Web.Bots;

/// <summary>Chooses the <see cref="IBot"/> that answers every channel.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>Registers the bot. One line: replace <see cref="PlaceholderBot"/> with the dialogs bot when it lands.</summary>
    public static IServiceCollection AddBot(this IServiceCollection services) =>
        services.AddSingleton<IBot, PlaceholderBot>();
}

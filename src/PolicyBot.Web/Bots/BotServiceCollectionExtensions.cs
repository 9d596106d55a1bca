using PolicyBot.Dialogs;
using PolicyBot.Knowledge;
using PolicyBot.Schema;
using PolicyBot.Search;

namespace PolicyBot.Web.Bots;

/// <summary>Chooses the <see cref="IBot"/> that answers every channel.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Registers the one shared searcher (index opened or built at start, never on a turn), the reply
    /// wording from dialogs/, and the answering bot.
    /// </summary>
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SearchOptions.Section).Get<SearchOptions>() ?? new SearchOptions();
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => PolicySearcher.Open(sp.GetRequiredService<SearchOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IPolicySearch>(sp => sp.GetRequiredService<PolicySearcher>());
        services.AddSingleton(sp =>
        {
            var knowledge = KnowledgePaths.Locate(sp.GetRequiredService<SearchOptions>().KnowledgePath);
            return Replies.Load(Path.Combine(Path.GetDirectoryName(knowledge.TrimEnd(Path.DirectorySeparatorChar))!, "dialogs"));
        });
        services.AddSingleton<IBot, AnsweringBot>();
        return services;
    }
}

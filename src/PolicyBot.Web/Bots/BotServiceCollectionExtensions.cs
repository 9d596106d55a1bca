using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Hosting;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Regions;
using PolicyBot.Search;

namespace PolicyBot.Web.Bots;

/// <summary>Chooses the <see cref="PolicyBot.Schema.IBot"/> that answers every channel: the guided dialogs over the shared search.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Registers the one shared searcher (index opened or built at start, never on a turn), then the dialogs
    /// with knowledge/ and dialogs/ found the same way as the search finds them.
    /// </summary>
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SearchOptions.Section).Get<SearchOptions>() ?? new SearchOptions();
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => PolicySearcher.Open(sp.GetRequiredService<SearchOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IPolicySearch>(sp => sp.GetRequiredService<PolicySearcher>());
        services.AddSingleton<RegionTable>(sp => sp.GetRequiredService<PolicySearcher>().Knowledge.Regions);

        var knowledge = KnowledgePaths.Locate(options.KnowledgePath);
        var dialogs = Path.Combine(Path.GetDirectoryName(knowledge.TrimEnd(Path.DirectorySeparatorChar))!, "dialogs");
        services.AddHostedService<BotWarmup>();
        services.AddOptions<PolicyBotDialogOptions>().Bind(configuration.GetSection(PolicyBotDialogOptions.SectionName));
        services.AddPolicyBotDialogs(o =>
        {
            o.KnowledgeFolder = knowledge;
            o.DialogsFolder = dialogs;
        });
        return services;
    }
}

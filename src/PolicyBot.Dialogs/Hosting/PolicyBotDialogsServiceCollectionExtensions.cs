using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Conversation;
using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Profile;
using PolicyBot.Dialogs.State;
using PolicyBot.Knowledge.Profiles;
using PolicyBot.Knowledge.Regions;
using PolicyBot.Schema;

namespace PolicyBot.Dialogs.Hosting;

/// <summary>Registers the guided dialogs and the IBot that runs them; the host registers IPolicySearch.</summary>
public static class PolicyBotDialogsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the dialogs, their data (dialogs/, knowledge/ size standards, industries, regions), state storage
    /// (files when StateFolder is set, else memory) and <see cref="IBot"/>. Requires an IPolicySearch and logging.
    /// </summary>
    public static IServiceCollection AddPolicyBotDialogs(this IServiceCollection services, Action<PolicyBotDialogOptions>? configure = null)
    {
        var builder = services.AddOptions<PolicyBotDialogOptions>();
        if (configure is not null) builder.Configure(configure);
        builder.Validate(o => { o.Validate(); return true; });

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => DialogCatalogLoader.Load(Options(sp).DialogsFolder));
        services.TryAddSingleton(sp => SizeStandards.Load(Path.Combine(Options(sp).KnowledgeFolder, "size-standards.yaml")));
        services.TryAddSingleton(sp => IndustryCatalog.Load(Path.Combine(Options(sp).KnowledgeFolder, "industries.yaml")));
        services.TryAddSingleton(sp => RegionTable.Load(Path.Combine(Options(sp).KnowledgeFolder, "regions")));
        services.TryAddSingleton<IStateStorage>(sp => Options(sp).StateFolder is { Length: > 0 } folder
            ? new FileStateStorage(folder)
            : new MemoryStateStorage());
        services.TryAddSingleton(sp => sp.GetRequiredService<DialogCatalog>().Templates);

        services.TryAddSingleton<ConversationStateStore>();
        services.TryAddSingleton<ProfileRecognizer>();
        services.TryAddSingleton(sp => new ProfileBuilder(
            sp.GetRequiredService<SizeStandards>(), sp.GetRequiredService<IndustryCatalog>(), sp.GetRequiredService<TemplateSet>(), Options(sp)));
        services.TryAddSingleton<PlaceCoverage>();
        services.TryAddSingleton<MeasureCardBuilder>();
        services.TryAddSingleton<MeasuresPresenter>();
        services.TryAddSingleton<AnswerPresenter>();
        services.TryAddSingleton<SlotPrompt>();
        services.TryAddSingleton<ProfileDialog>();
        services.TryAddSingleton<MainDialog>();
        services.TryAddSingleton(sp => new DialogSet([
            sp.GetRequiredService<MainDialog>(), sp.GetRequiredService<ProfileDialog>(), sp.GetRequiredService<SlotPrompt>()]));
        services.TryAddSingleton<InterruptionHandler>();
        services.TryAddSingleton<QuestionDetector>();
        services.TryAddSingleton<QuestionInterruption>();
        services.TryAddSingleton<CityOffer>();
        services.TryAddSingleton<PolicyBotTurnHandler>();
        services.TryAddSingleton<IBot>(sp => sp.GetRequiredService<PolicyBotTurnHandler>());
        return services;
    }

    private static PolicyBotDialogOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<PolicyBotDialogOptions>>().Value;
}

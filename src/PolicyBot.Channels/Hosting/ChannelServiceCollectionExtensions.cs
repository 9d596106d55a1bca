using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PolicyBot.Channels.Adapter;
using PolicyBot.Channels.Authentication;
using PolicyBot.Channels.Connector;
using PolicyBot.Channels.DirectLine;

namespace PolicyBot.Channels.Hosting;

/// <summary>Registers the channel side: options, adapter, Connector client and the in-memory Direct Line service.</summary>
public static class ChannelServiceCollectionExtensions
{
    /// <summary>
    /// Adds the adapter and channels. The <see cref="PolicyBot.Schema.IBot"/> is registered separately by the host.
    /// </summary>
    public static IServiceCollection AddPolicyBotChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.SectionName)).ValidateOnStart();
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRequestAuthenticator, BotFrameworkAuthenticator>();
        services.TryAddSingleton<IConversationReset, NoConversationReset>();
        services.TryAddSingleton<IConnectorTokenProvider, ConnectorTokenProvider>();
        services.AddHttpClient(AuthenticationHttpClient.Name)
            .ConfigureHttpClient(client => client.Timeout = AuthenticationHttpClient.Timeout);
        services.AddHttpClient(ConnectorClient.HttpClientName)
            .ConfigureHttpClient((provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<BotOptions>>().Value.ConnectorTimeout);
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        services.TryAddSingleton<ChannelAdapter>();

        services.TryAddSingleton<DirectLineStore>();
        services.TryAddSingleton<DirectLineTokens>();
        services.TryAddSingleton(provider => new DirectLineService(
            provider.GetRequiredService<DirectLineStore>(),
            provider.GetRequiredService<DirectLineTokens>(),
            provider.GetRequiredService<ChannelAdapter>(),
            provider.GetRequiredService<IOptions<DirectLineOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<DirectLineService>>()));
        return services;
    }
}

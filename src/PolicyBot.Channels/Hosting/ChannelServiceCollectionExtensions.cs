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
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .PostConfigure(options =>
            {
                // No configured secret: a random one lives in memory only; the embedded page never needs it.
                if (string.IsNullOrEmpty(options.Secret))
                {
                    options.Secret = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRequestAuthenticator, BotFrameworkAuthenticator>();
        services.TryAddSingleton<IConnectorTokenProvider, ConnectorTokenProvider>();
        services.AddHttpClient(AuthenticationHttpClient.Name)
            .ConfigureHttpClient(client => client.Timeout = AuthenticationHttpClient.Timeout);
        // Connector calls never follow redirects (a 302 would turn a reply into a request to anywhere) and give up quickly.
        services.AddHttpClient(ConnectorClient.HttpClientName)
            .ConfigureHttpClient((provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<BotOptions>>().Value.ConnectorTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                ConnectTimeout = TimeSpan.FromSeconds(5),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                UseCookies = false,
            });
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        services.TryAddSingleton<ServiceUrlPolicy>();
        services.TryAddSingleton<ReplyOutbox>();
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

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using PolicyBot.Channels.Adapter;
using PolicyBot.Channels.Authentication;
using PolicyBot.Channels.Connector;
using PolicyBot.Channels.Hosting;
using PolicyBot.Channels.Tests.Infrastructure;

namespace PolicyBot.Channels.Tests.Authentication;

/// <summary>The channel services as the host registers them, pointed at a loopback identity server, on a fake clock.</summary>
public sealed class AuthenticationTestHost : IAsyncDisposable
{
    public const string AppId = "3f2d8c4e-1a2b-4c5d-8e9f-0a1b2c3d4e5f";
    public const string TenantId = "7c6b5a49-3827-4165-9e8d-7c6b5a493827";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly ServiceProvider _services;

    private AuthenticationTestHost(LoopbackIdentityServer server, ServiceProvider services, FakeTimeProvider time)
    {
        Server = server;
        _services = services;
        Time = time;
    }

    public LoopbackIdentityServer Server { get; }

    public FakeTimeProvider Time { get; }

    public DateTimeOffset Now => Time.GetUtcNow();

    public IRequestAuthenticator Authenticator => _services.GetRequiredService<IRequestAuthenticator>();

    public IConnectorTokenProvider TokenProvider => _services.GetRequiredService<IConnectorTokenProvider>();

    /// <summary>Starts a server with one endorsed channel key ("key-1" for "msteams" and "webchat") and one Entra key.</summary>
    public static async Task<AuthenticationTestHost> StartAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var server = await LoopbackIdentityServer.StartAsync();
        server.ChannelKeys["key-1"] = new TestSigningKey("key-1", "msteams", "webchat");
        server.EntraKeys["entra-1"] = new TestSigningKey("entra-1");
        var settings = server.BotSettings(AppId);
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddPolicyBotChannels(configuration);
        services.AddHttpClient(AuthenticationHttpClient.Name).ConfigurePrimaryHttpMessageHandler(server.CreateTrustingHandler);
        return new AuthenticationTestHost(server, services.BuildServiceProvider(validateScopes: true), time);
    }

    public TestSigningKey ChannelKey => Server.ChannelKeys["key-1"];

    public TestSigningKey EntraKey => Server.EntraKeys["entra-1"];

    public Task<AuthenticationResult> AuthenticateAsync(string? token, Schema.Activity activity) =>
        Authenticator.AuthenticateAsync(token is null ? null : "Bearer " + token, activity, CancellationToken.None);

    public static Schema.Activity Message(string? channelId = "msteams", string? serviceUrl = ServiceUrl) => new()
    {
        Type = Schema.ActivityTypes.Message,
        Id = "activity-1",
        Text = "hello",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Conversation = new Schema.ConversationAccount("conv-1"),
    };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Channels;
using PolicyBot.Channels.Authentication;
using PolicyBot.Channels.Tests.Infrastructure;
using PolicyBot.Schema;
using PolicyBot.Web.Tests.Infrastructure;

namespace PolicyBot.Web.Tests.Messages;

/// <summary>
/// The bot endpoint with an App ID: real token validation against a loopback identity server, and the reply sent to
/// the fake Connector with the token from the loopback token endpoint.
/// </summary>
public sealed class AuthenticatedMessagesTests : IAsyncLifetime
{
    private const string AppId = "3f2d8c4e-1a2b-4c5d-8e9f-0a1b2c3d4e5f";

    private LoopbackIdentityServer _identity = null!;
    private FakeChannelServer _channel = null!;
    private PolicyBotWebFactory _factory = null!;
    private WebApplicationFactoryClient _web = null!;

    public async Task InitializeAsync()
    {
        _identity = await LoopbackIdentityServer.StartAsync();
        _identity.ChannelKeys["key-1"] = new TestSigningKey("key-1", "test");
        _channel = await FakeChannelServer.StartAsync();
        _factory = new PolicyBotWebFactory();
        var configured = _factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in _identity.BotSettings(AppId))
            {
                builder.UseSetting(key, value);
            }
            builder.ConfigureTestServices(services => services.AddHttpClient(AuthenticationHttpClient.Name)
                .ConfigurePrimaryHttpMessageHandler(_identity.CreateTrustingHandler));
        });
        _web = new WebApplicationFactoryClient(configured, configured.CreateClient());
    }

    [Fact]
    public async Task ValidChannelToken_200AndReplyCarriesConnectorToken()
    {
        var incoming = Message("test");
        var token = TestTokens.Channel(_identity.ChannelKeys["key-1"], AppId, incoming.ServiceUrl!, DateTimeOffset.UtcNow);

        var response = await PostAsync(incoming, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = await _channel.NextCallAsync(); // replies may leave after the response: this waits up to 10 s
        Assert.Equal("Bearer connector-token-1", call.Authorization);
        Assert.Equal("echo: hello", call.Activity.Text);
        Assert.Equal(incoming.Id, call.Activity.ReplyToId);
        var tokenRequest = Assert.Single(_identity.TokenRequests);
        Assert.Equal("botframework.com", tokenRequest.Tenant);
        Assert.Equal(AppId, tokenRequest.Form["client_id"]);
    }

    [Fact]
    public async Task WrongIssuer_401AndNothingSent()
    {
        var incoming = Message("test");
        var token = TestTokens.Channel(_identity.ChannelKeys["key-1"], AppId, incoming.ServiceUrl!, DateTimeOffset.UtcNow,
            issuer: "https://sts.example/");

        var response = await PostAsync(incoming, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingSentAsync();
    }

    [Fact]
    public async Task ChannelNotEndorsed_403AndNothingSent()
    {
        var incoming = Message("msteams");
        var token = TestTokens.Channel(_identity.ChannelKeys["key-1"], AppId, incoming.ServiceUrl!, DateTimeOffset.UtcNow);

        var response = await PostAsync(incoming, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertNothingSentAsync();
    }

    [Fact]
    public async Task NoAuthorizationHeader_401AndNothingSent()
    {
        var response = await PostAsync(Message("test"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingSentAsync();
    }

    private Activity Message(string channelId) =>
        Activities.Message("hello", serviceUrl: _channel.BaseAddress.AbsoluteUri) with { ChannelId = channelId };

    private async Task<HttpResponseMessage> PostAsync(Activity activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(activity, options: ProtocolJson.Options),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await _web.Client.SendAsync(request);
    }

    // Replies may be sent after the HTTP response, so "nothing sent" is judged after a grace period.
    private async Task AssertNothingSentAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(_channel.TryTakeCall(out var call), $"The Connector received {call?.Activity.Text}");
    }

    public async Task DisposeAsync()
    {
        _web.Client.Dispose();
        await _web.Factory.DisposeAsync();
        await _factory.DisposeAsync();
        await _channel.DisposeAsync();
        await _identity.DisposeAsync();
    }

    private sealed record WebApplicationFactoryClient(
        Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Factory, HttpClient Client);
}

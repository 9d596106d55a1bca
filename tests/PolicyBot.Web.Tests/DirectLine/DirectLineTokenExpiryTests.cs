using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PolicyBot.Channels;
using PolicyBot.Channels.DirectLine;
using PolicyBot.Schema;
using PolicyBot.Web.Tests.Infrastructure;

namespace PolicyBot.Web.Tests.DirectLine;

public sealed class DirectLineTokenExpiryTests(PolicyBotWebFactory factory) : IClassFixture<PolicyBotWebFactory>
{
    [Fact]
    public async Task Token_AfterItsLifetime_Returns403TokenExpired_AndCannotBeRefreshed()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        using var timed = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        }));
        var client = timed.CreateClient();
        var generated = await (await client.GenerateAsync("u_clock")).ReadAsync<ConversationInfo>();

        clock.Advance(TimeSpan.FromMinutes(29));
        using var early = Request(HttpMethod.Get, $"/v3/directline/conversations/{generated.ConversationId}/activities", generated.Token);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(early)).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(2));
        using var late = Request(HttpMethod.Get, $"/v3/directline/conversations/{generated.ConversationId}/activities", generated.Token);
        var lateResponse = await client.SendAsync(late);
        using var refresh = Request(HttpMethod.Post, "/v3/directline/tokens/refresh", generated.Token);
        var refreshResponse = await client.SendAsync(refresh);

        Assert.Equal(HttpStatusCode.Forbidden, lateResponse.StatusCode);
        Assert.Equal("TokenExpired", await lateResponse.ErrorCodeAsync());
        Assert.Equal(HttpStatusCode.Forbidden, refreshResponse.StatusCode);
        Assert.Equal("TokenExpired", await refreshResponse.ErrorCodeAsync());
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}

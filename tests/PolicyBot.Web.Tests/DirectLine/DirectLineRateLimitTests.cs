using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using PolicyBot.Channels.DirectLine;
using PolicyBot.Web.Tests.Infrastructure;
using static PolicyBot.Web.Tests.Infrastructure.DirectLineHttp;

namespace PolicyBot.Web.Tests.DirectLine;

/// <summary>The shipped rate limits (the shared test factory raises them; these tests put the defaults back).</summary>
public sealed class DirectLineRateLimitTests(PolicyBotWebFactory factory) : IClassFixture<PolicyBotWebFactory>
{
    private WebApplicationFactory<Program> WithDefaultLimits() => factory.WithWebHostBuilder(builder =>
    {
        var defaults = new DirectLineRateLimits();
        builder.UseSetting("DirectLine:RateLimits:ConversationsPerMinutePerClient", defaults.ConversationsPerMinutePerClient.ToString());
        builder.UseSetting("DirectLine:RateLimits:TokenRefreshesPerMinutePerClient", defaults.TokenRefreshesPerMinutePerClient.ToString());
        builder.UseSetting("DirectLine:RateLimits:ReadsPerMinutePerConversation", defaults.ReadsPerMinutePerConversation.ToString());
        builder.UseSetting("DirectLine:RateLimits:ReadBurstPerConversation", defaults.ReadBurstPerConversation.ToString());
        builder.UseSetting("DirectLine:RateLimits:PostsPerMinutePerConversation", defaults.PostsPerMinutePerConversation.ToString());
        builder.UseSetting("DirectLine:RateLimits:PostBurstPerConversation", defaults.PostBurstPerConversation.ToString());
    });

    [Fact]
    public async Task EleventhConversationFromOneAddressInAMinute_Is429WithRetryAfter_OtherAddressesUnaffected()
    {
        using var limited = WithDefaultLimits();
        var server = limited.Server;

        var statuses = new List<int>();
        HttpContext? last = null;
        for (var i = 0; i < 11; i++)
        {
            last = await WebChatTokenAsync(server, "203.0.113.7");
            statuses.Add(last.Response.StatusCode);
        }
        var other = await WebChatTokenAsync(server, "198.51.100.9");
        var viaGenerate = await server.CreateClient().GenerateAsync("u_more"); // TestServer's own requests have no address

        Assert.Equal(Enumerable.Repeat(200, 10).Append(429), statuses);
        Assert.True(int.Parse(last!.Response.Headers.RetryAfter.ToString()) is > 0 and <= 60);
        Assert.Contains("\"code\":\"TooManyRequests\"", await new StreamReader(last.Response.Body).ReadToEndAsync());
        Assert.Equal(200, other.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, viaGenerate.StatusCode);
    }

    [Fact]
    public async Task OneAddress_HoldsAtMostItsShareOfLiveConversations()
    {
        using var capped = factory.WithWebHostBuilder(builder => builder.UseSetting("DirectLine:MaxConversationsPerClient", "2"));
        var server = capped.Server;

        var statuses = new List<int>();
        HttpContext? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = await WebChatTokenAsync(server, "203.0.113.8");
            statuses.Add(last.Response.StatusCode);
        }
        var other = await WebChatTokenAsync(server, "198.51.100.10");

        Assert.Equal([200, 200, 429], statuses);
        Assert.NotEqual("", last!.Response.Headers.RetryAfter.ToString());
        Assert.Equal(200, other.Response.StatusCode);
    }

    [Fact]
    public async Task PostsBeyondTheBurst_Are429_PerConversation()
    {
        using var limited = WithDefaultLimits();
        var client = limited.CreateClient();
        var busy = await client.StartConversationAsync("u_burst");
        var quiet = await client.StartConversationAsync("u_quiet");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            statuses.Add((await client.PostMessageAsync(busy, $"m{i}")).StatusCode);
        }
        var rejected = await client.PostMessageAsync(busy, "one more");

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.OK)); // the burst; one token comes back per second
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.NotNull(rejected.Headers.RetryAfter);
        Assert.Equal("TooManyRequests", await rejected.ErrorCodeAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.PostMessageAsync(quiet, "hello")).StatusCode);
    }

    [Fact]
    public async Task PollingFasterThanTheReadRate_Is429()
    {
        using var limited = WithDefaultLimits();
        var client = limited.CreateClient();
        var conversation = await client.StartConversationAsync("u_poll");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            statuses.Add((await client.GetActivitiesAsync(conversation.ConversationId, conversation.Token)).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.InRange(statuses.Count(s => s == HttpStatusCode.OK), 20, 22);
    }

    [Fact]
    public async Task TokenRefreshesBeyondTheRate_Are429()
    {
        using var limited = WithDefaultLimits();
        var client = limited.CreateClient();
        var conversation = await client.StartConversationAsync("u_refresh");

        var token = conversation.Token;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 31; i++)
        {
            using var refresh = Authorized(HttpMethod.Post, $"{Base}/tokens/refresh", token);
            var response = await client.SendAsync(refresh);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                token = (await response.ReadAsync<PolicyBot.Channels.DirectLine.ConversationInfo>()).Token;
            }
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 30).Append(HttpStatusCode.TooManyRequests), statuses);
    }

    private static Task<HttpContext> WebChatTokenAsync(TestServer server, string address) =>
        server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Post;
            context.Request.Path = "/api/webchat/token";
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("{}"));
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        });
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PolicyBot.Channels;
using PolicyBot.Channels.DirectLine;
using PolicyBot.Schema;
using PolicyBot.Web.Tests.Infrastructure;
using static PolicyBot.Web.Tests.Infrastructure.DirectLineHttp;

namespace PolicyBot.Web.Tests.DirectLine;

public sealed class DirectLineSecurityTests(PolicyBotWebFactory factory) : IClassFixture<PolicyBotWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private WebApplicationFactory<Program> With(params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    [Fact]
    public async Task Minting_WithoutTheSecret_Is401_AndWithItWorks()
    {
        var anonymous = await _client.PostAsJsonAsync($"{Base}/tokens/generate", new TokenParameters(new ChannelAccount("u_x")), ProtocolJson.Options);
        var wrong = await _client.GenerateAsync("u_x", secret: "not-the-secret");
        var startAnonymous = await _client.PostAsync($"{Base}/conversations", null);
        using var startWithSecret = Authorized(HttpMethod.Post, $"{Base}/conversations", PolicyBotWebFactory.Secret);
        var started = await _client.SendAsync(startWithSecret);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, startAnonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GenerateAsync("u_x")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.NotEqual(PolicyBotWebFactory.Secret, (await started.ReadAsync<ConversationInfo>()).Token);
    }

    [Fact]
    public async Task WebChatToken_SameOrigin_GivesTokenAndServerChosenUserId()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token") { Content = Json("{}") };
        request.Headers.Add("Origin", "http://localhost");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var issued = await response.ReadAsync<WebChatToken>();
        Assert.StartsWith("dl_", issued.UserId);
        Assert.Equal(1800, issued.ExpiresIn);
        using var start = Authorized(HttpMethod.Post, $"{Base}/conversations", issued.Token);
        Assert.Equal(HttpStatusCode.Created, (await _client.SendAsync(start)).StatusCode);
        Assert.Contains(factory.Bot.Received, a => a.Conversation?.Id == issued.ConversationId && a.MembersAdded!.Any(m => m.Id == issued.UserId));
    }

    [Theory]
    [InlineData("text/plain", null, null, HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/x-www-form-urlencoded", null, null, HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/json", "https://evil.example", null, HttpStatusCode.Forbidden)]
    [InlineData("application/json", "null", null, HttpStatusCode.Forbidden)]
    [InlineData("application/json", null, "cross-site", HttpStatusCode.Forbidden)]
    [InlineData("application/json", null, "same-site", HttpStatusCode.Forbidden)]
    public async Task WebChatToken_CrossSiteOrNotJson_IsRefused(string contentType, string? origin, string? fetchSite, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token")
        {
            Content = new StringContent("{}", Encoding.UTF8, contentType),
        };
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (fetchSite is not null) request.Headers.Add("Sec-Fetch-Site", fetchSite);

        var response = await _client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task PostedActivity_ClaimingToBeTheBotOrAnotherUser_ComesBackAsTheTokensUser()
    {
        var conversation = await _client.StartConversationAsync("u_owner");

        var response = await _client.PostMessageAsync(conversation, "I am the bot", from: new ChannelAccount("policybot", "PolicyBot", "bot"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = await (await _client.GetActivitiesAsync(conversation.ConversationId, conversation.Token, "1")).ReadAsync<ActivitySet>();
        var echo = set.Activities.Single(a => a.Text == "I am the bot");
        Assert.Equal("user", echo.From?.Role);
        Assert.Equal("u_owner", echo.From?.Id);
        Assert.Contains(factory.Bot.Received, a => a.Text == "I am the bot" && a.From?.Role == "user" && a.From.Id == "u_owner");
    }

    [Fact]
    public async Task StreamUrl_ComesFromPublicBaseUrl_NotTheHostHeader_AndCarriesNoBearerToken()
    {
        // AllowedHosts "*" as a deployment behind a proxy might have it: the stream URL must not follow the Host header anyway.
        using var configured = With(("Hosting:PublicBaseUrl", "https://bot.example.test/policy"), ("AllowedHosts", "*"));
        var client = configured.CreateClient();
        var generated = await (await client.GenerateAsync("u_host")).ReadAsync<ConversationInfo>();
        using var start = Authorized(HttpMethod.Post, $"{Base}/conversations", generated.Token);
        start.Headers.Host = "evil.example";

        var started = await (await client.SendAsync(start)).ReadAsync<ConversationInfo>();
        using var info = Authorized(HttpMethod.Get, $"{Base}/conversations/{started.ConversationId}", generated.Token);
        info.Headers.Host = "evil.example";
        var reconnect = await (await client.SendAsync(info)).ReadAsync<ConversationInfo>();

        foreach (var url in new[] { started.StreamUrl!, reconnect.StreamUrl! })
        {
            Assert.StartsWith($"wss://bot.example.test/policy/v3/directline/conversations/{started.ConversationId}/stream?ticket=", url);
            Assert.DoesNotContain(generated.Token, url);
            Assert.DoesNotContain(Uri.EscapeDataString(generated.Token), url);
        }
        Assert.NotEqual(started.StreamUrl, reconnect.StreamUrl);
    }

    [Fact]
    public async Task ForeignHostHeader_IsRejectedByTheShippedAllowedHosts()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token") { Content = Json("{}") };
        request.Headers.Host = "evil.example";

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostedActivity_OverTheActivityLimit_Is413()
    {
        var conversation = await _client.StartConversationAsync("u_big");

        var response = await _client.PostMessageAsync(conversation, new string('长', 12_000)); // 36 KB of UTF-8

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", await response.ErrorCodeAsync());
    }

    [Fact]
    public async Task Conversation_AfterItsLifetimesPosts_RefusesMore()
    {
        using var limited = With(("DirectLine:MaxPostsPerConversation", "3"));
        var client = limited.CreateClient();
        var conversation = await client.StartConversationAsync("u_chatty");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostMessageAsync(conversation, $"m{i}")).StatusCode);
        }
        var last = await client.PostMessageAsync(conversation, "again");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden], statuses);
        Assert.Equal("ConversationFull", await last.ErrorCodeAsync());
    }

    [Fact]
    public async Task ManyNewConversations_DoNotEvictALiveOne_TheyGet503WithRetryAfter()
    {
        using var small = With(("DirectLine:MaxConversations", "3"));
        var client = small.CreateClient();
        var live = await client.StartConversationAsync("u_live");

        var refused = 0;
        HttpResponseMessage? last = null;
        for (var i = 0; i < 200; i++)
        {
            last = await client.GenerateAsync($"u_flood{i}");
            refused += last.StatusCode == HttpStatusCode.ServiceUnavailable ? 1 : 0;
        }

        Assert.Equal(198, refused);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("TooManyConversations", await last.ErrorCodeAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetActivitiesAsync(live.ConversationId, live.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostMessageAsync(live, "still here")).StatusCode);
    }

    [Fact]
    public async Task GetActivities_ReturnsAtMostAPage_AndTheWatermarkPagesOn()
    {
        using var paged = With(("DirectLine:MaxActivitiesPerPage", "4"));
        var client = paged.CreateClient();
        var conversation = await client.StartConversationAsync("u_pages");
        for (var i = 0; i < 5; i++)
        {
            await client.PostMessageAsync(conversation, $"m{i}");
        }

        var texts = new List<string?>();
        var pages = new List<int>();
        string? watermark = null;
        while (true)
        {
            var set = await (await client.GetActivitiesAsync(conversation.ConversationId, conversation.Token, watermark)).ReadAsync<ActivitySet>();
            if (set.Activities.Count == 0) break;
            pages.Add(set.Activities.Count);
            texts.AddRange(set.Activities.Select(a => a.Text));
            watermark = set.Watermark;
        }

        Assert.Equal([4, 4, 3], pages); // welcome + 5 echoes + 5 replies
        Assert.Equal(11, texts.Distinct().Count());
        Assert.Equal("11", watermark);
    }

    [Fact]
    public async Task OverlongConversationId_IsNotRouted()
    {
        var conversation = await _client.StartConversationAsync("u_long");

        var response = await _client.GetActivitiesAsync(new string('a', 129), conversation.Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}

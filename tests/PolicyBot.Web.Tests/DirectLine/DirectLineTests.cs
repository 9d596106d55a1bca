using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PolicyBot.Channels;
using PolicyBot.Channels.Adapter;
using PolicyBot.Channels.DirectLine;
using PolicyBot.Schema;
using PolicyBot.Web.Tests.Infrastructure;

namespace PolicyBot.Web.Tests.DirectLine;

public sealed class DirectLineTests(PolicyBotWebFactory factory) : IClassFixture<PolicyBotWebFactory>
{
    private const string Base = "/v3/directline";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task StartConversation_WithGeneratedToken_WelcomesTheUserAndReturnsStreamUrl()
    {
        var generated = await GenerateAsync("u_alice");

        using var start = Request(HttpMethod.Post, $"{Base}/conversations", generated.Token);
        var response = await _client.SendAsync(start);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = await response.ReadAsync<ConversationInfo>();
        Assert.Equal(generated.ConversationId, started.ConversationId);
        Assert.Equal(1800, started.ExpiresIn);
        Assert.StartsWith("ws://", started.StreamUrl);
        var update = Assert.Single(factory.Bot.Received, a => a.Conversation?.Id == started.ConversationId);
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Contains(update.MembersAdded!, m => m.Id == "u_alice");

        var set = await GetActivitiesAsync(started, watermark: null);
        var welcome = Assert.Single(set.Activities);
        Assert.Equal("welcome u_alice", welcome.Text);
        Assert.Equal("bot", welcome.From?.Role);

        using var again = Request(HttpMethod.Post, $"{Base}/conversations", generated.Token);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task PostThenPoll_EchoesUserActivityAndAppendsReply_WatermarkAdvancesWithoutDuplicates()
    {
        var conversation = await StartAsync();
        var first = await GetActivitiesAsync(conversation, watermark: null);
        Assert.Equal("1", first.Watermark);

        var posted = await PostAsync(conversation, "你好", clientActivityId: "client-1");
        Assert.Equal($"{conversation.ConversationId}|0000002", posted.Id);

        var second = await GetActivitiesAsync(conversation, first.Watermark);
        Assert.Equal("3", second.Watermark);
        Assert.Collection(second.Activities,
            echo =>
            {
                Assert.Equal(posted.Id, echo.Id);
                Assert.Equal("你好", echo.Text);
                Assert.NotNull(echo.Timestamp);
                Assert.Equal("client-1", echo.ChannelData?.GetProperty("clientActivityID").GetString());
            },
            reply =>
            {
                Assert.Equal($"{conversation.ConversationId}|0000003", reply.Id);
                Assert.Equal("echo: 你好", reply.Text);
                Assert.Equal(posted.Id, reply.ReplyToId);
                Assert.Equal("bot", reply.From?.Role);
                Assert.Equal("u_test", reply.Recipient?.Id);
            });

        var third = await GetActivitiesAsync(conversation, second.Watermark);
        Assert.Empty(third.Activities);
        Assert.Equal("3", third.Watermark);

        await PostAsync(conversation, "again", clientActivityId: "client-2");
        var fourth = await GetActivitiesAsync(conversation, third.Watermark);
        Assert.Equal(["again", "echo: again"], fourth.Activities.Select(a => a.Text));
        Assert.Equal("5", fourth.Watermark);

        var everything = await GetActivitiesAsync(conversation, watermark: null);
        Assert.Equal(everything.Activities.Count, everything.Activities.Select(a => a.Id).Distinct().Count());
        Assert.Equal(5, everything.Activities.Count);
    }

    [Fact]
    public async Task AnotherConversation_ExistingOrNot_GetsTheSame403()
    {
        var mine = await StartAsync();
        var theirs = await StartAsync();

        var existing = await _client.GetActivitiesAsync(theirs.ConversationId, mine.Token);
        var missing = await _client.GetActivitiesAsync("no-such-conversation", mine.Token);
        var postExisting = await _client.PostMessageAsync(theirs, "hi", token: mine.Token);
        var postMissing = await _client.PostMessageAsync(theirs with { ConversationId = "no-such-conversation" }, "hi", token: mine.Token);

        Assert.Equal(HttpStatusCode.Forbidden, existing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        var body = await existing.Content.ReadAsStringAsync();
        Assert.Equal(body, await missing.Content.ReadAsStringAsync());
        Assert.Equal(body, await postExisting.Content.ReadAsStringAsync());
        Assert.Equal(body, await postMissing.Content.ReadAsStringAsync());
        Assert.Contains("The token is not valid for this conversation.", body);
    }

    [Fact]
    public async Task UnknownToken_Gets403_WhetherTheConversationExistsOrNot()
    {
        var conversation = await StartAsync();

        var existing = await _client.GetActivitiesAsync(conversation.ConversationId, "not-a-token");
        var missing = await _client.GetActivitiesAsync("no-such-conversation", "not-a-token");

        Assert.Equal(HttpStatusCode.Forbidden, existing.StatusCode);
        Assert.Equal(await existing.Content.ReadAsStringAsync(), await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ConversationCalls_WithoutTokenOrWithAnotherConversationsToken_AreRefused()
    {
        var mine = await StartAsync();
        var theirs = await StartAsync();

        var anonymous = await _client.GetAsync($"{Base}/conversations/{mine.ConversationId}/activities");
        using var crossed = Request(HttpMethod.Get, $"{Base}/conversations/{mine.ConversationId}/activities", theirs.Token);
        var crossedResponse = await _client.SendAsync(crossed);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crossedResponse.StatusCode);
    }

    [Fact]
    public async Task RefreshToken_ReturnsNewTokenThatWorks_AndRevokesTheOldOneAtOnce()
    {
        var conversation = await StartAsync();

        using var refresh = Request(HttpMethod.Post, $"{Base}/tokens/refresh", conversation.Token);
        var response = await _client.SendAsync(refresh);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refreshed = await response.ReadAsync<ConversationInfo>();
        Assert.Equal(conversation.ConversationId, refreshed.ConversationId);
        Assert.NotEqual(conversation.Token, refreshed.Token);
        var set = await GetActivitiesAsync(refreshed, watermark: null);
        Assert.NotEmpty(set.Activities);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.GetActivitiesAsync(conversation.ConversationId, conversation.Token)).StatusCode);
        using var refreshOld = Request(HttpMethod.Post, $"{Base}/tokens/refresh", conversation.Token);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(refreshOld)).StatusCode);

        using var bogus = Request(HttpMethod.Post, $"{Base}/tokens/refresh", "not-a-token");
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(bogus)).StatusCode);
    }

    [Fact]
    public async Task GetConversation_ReturnsTokenAndStreamUrl()
    {
        var conversation = await StartAsync();

        using var request = Request(HttpMethod.Get, $"{Base}/conversations/{conversation.ConversationId}?watermark=1", conversation.Token);
        var info = await (await _client.SendAsync(request)).ReadAsync<ConversationInfo>();

        Assert.Equal(conversation.ConversationId, info.ConversationId);
        Assert.Equal(conversation.Token, info.Token);
        Assert.Contains($"/v3/directline/conversations/{conversation.ConversationId}/stream", info.StreamUrl);
    }

    [Fact]
    public async Task BotException_Answers502AndConversationCarriesOn()
    {
        var conversation = await StartAsync();
        var start = await GetActivitiesAsync(conversation, watermark: null);

        var failed = await PostRawAsync(conversation, "fail");
        await PostAsync(conversation, "ok now", clientActivityId: "c-ok");

        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        Assert.Equal("BotRejectedActivity", await failed.ErrorCodeAsync());
        var set = await GetActivitiesAsync(conversation, start.Watermark);
        Assert.Equal(["fail", "ok now", "echo: ok now"], set.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task PostActivity_WithoutFromId_Returns400()
    {
        var conversation = await StartAsync();

        using var request = Request(HttpMethod.Post, $"{Base}/conversations/{conversation.ConversationId}/activities", conversation.Token);
        request.Content = JsonContent.Create(new { type = "message", text = "who am I" });
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<ConversationInfo> GenerateAsync(string userId)
    {
        var response = await _client.GenerateAsync(userId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<ConversationInfo>();
    }

    private async Task<ConversationInfo> StartAsync()
    {
        var generated = await GenerateAsync("u_test");
        using var start = Request(HttpMethod.Post, $"{Base}/conversations", generated.Token);
        return await (await _client.SendAsync(start)).ReadAsync<ConversationInfo>();
    }

    private async Task<ResourceResponse> PostAsync(ConversationInfo conversation, string text, string clientActivityId)
    {
        var response = await PostRawAsync(conversation, text, clientActivityId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<ResourceResponse>();
    }

    private async Task<HttpResponseMessage> PostRawAsync(ConversationInfo conversation, string text, string clientActivityId = "c-raw")
    {
        using var request = Request(HttpMethod.Post, $"{Base}/conversations/{conversation.ConversationId}/activities", conversation.Token);
        request.Content = JsonContent.Create(new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            From = new ChannelAccount("u_test", "Tester", "user"),
            ChannelData = JsonSerializer.SerializeToElement(new { clientActivityID = clientActivityId }),
        }, options: ProtocolJson.Options);
        return await _client.SendAsync(request);
    }

    private async Task<ActivitySet> GetActivitiesAsync(ConversationInfo conversation, string? watermark)
    {
        using var request = Request(HttpMethod.Get, $"{Base}/conversations/{conversation.ConversationId}/activities?watermark={watermark}", conversation.Token);
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<ActivitySet>();
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}

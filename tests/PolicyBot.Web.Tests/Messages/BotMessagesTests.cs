using System.Net;
using System.Text;
using System.Text.Json;
using PolicyBot.Channels.Adapter;
using PolicyBot.Schema;
using PolicyBot.Web.Tests.Infrastructure;

namespace PolicyBot.Web.Tests.Messages;

public sealed class BotMessagesTests(PolicyBotWebFactory factory) : IClassFixture<PolicyBotWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Message_ExpectReplies_ReturnsAddressedRepliesInBody()
    {
        var incoming = Activities.Message("你好", expectReplies: true);

        var response = await _client.PostActivityAsync("/api/messages", incoming);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = (await response.ReadAsync<ExpectedReplies>()).Activities;
        var reply = Assert.Single(replies);
        Assert.Equal("echo: 你好", reply.Text);
        Assert.Equal(Activities.Bot.Id, reply.From?.Id);
        Assert.Equal(Activities.User.Id, reply.Recipient?.Id);
        Assert.Equal(incoming.Id, reply.ReplyToId);
        Assert.Equal("conv-1", reply.Conversation?.Id);
        Assert.Equal("zh-CN", reply.Locale);
    }

    [Fact]
    public async Task ConversationUpdate_UserAdded_WelcomesOnlyTheUser()
    {
        var response = await _client.PostActivityAsync("/api/messages", Activities.MembersAdded(Activities.Bot, Activities.User));

        var replies = (await response.ReadAsync<ExpectedReplies>()).Activities;
        var welcome = Assert.Single(replies);
        Assert.Equal($"welcome {Activities.User.Id}", welcome.Text);
        Assert.Equal(Activities.User.Id, welcome.Recipient?.Id);
    }

    [Fact]
    public async Task ConversationUpdate_OnlyBotAdded_NoWelcome()
    {
        var response = await _client.PostActivityAsync("/api/messages", Activities.MembersAdded(Activities.Bot));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.ReadAsync<ExpectedReplies>()).Activities);
    }

    [Fact]
    public async Task Message_NormalDelivery_PostsReplyToConnectorAtServiceUrl()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        var serviceUrl = new Uri(channel.BaseAddress, "amer/").AbsoluteUri; // Teams-style path prefix must survive
        var incoming = Activities.Message("hello", conversationId: "a:conv/1", serviceUrl: serviceUrl);

        var response = await _client.PostActivityAsync("/api/messages", incoming);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength ?? 0);
        var call = await channel.NextCallAsync();
        Assert.Equal($"/amer/v3/conversations/a%3Aconv%2F1/activities/{incoming.Id}", call.Path);
        Assert.Equal("", call.Authorization); // development mode sends no token
        Assert.Equal("echo: hello", call.Activity.Text);
        Assert.Equal(Activities.Bot.Id, call.Activity.From?.Id);
        Assert.Equal(Activities.User.Id, call.Activity.Recipient?.Id);
        Assert.Equal(incoming.Id, call.Activity.ReplyToId);
        Assert.Equal("a:conv/1", call.Activity.Conversation?.Id);
        Assert.Equal("test", call.Activity.ChannelId);
        Assert.Equal(serviceUrl, call.Activity.ServiceUrl);
        Assert.Null(call.Activity.Id);
    }

    [Fact]
    public async Task Message_ChannelThrottlesOnce_ReplyIsRetriedAndDelivered()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        channel.FailNext(429);
        var incoming = Activities.Message("retry me", conversationId: "conv-throttled", serviceUrl: channel.BaseAddress.AbsoluteUri);

        var response = await _client.PostActivityAsync("/api/messages", incoming);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var throttled = await channel.NextCallAsync();
        var delivered = await channel.NextCallAsync();
        Assert.Equal("echo: retry me", throttled.Activity.Text);
        Assert.Equal(throttled.Path, delivered.Path);
        Assert.Equal("echo: retry me", delivered.Activity.Text);
    }

    [Fact]
    public async Task Message_ChannelRejectsReply_EndpointStillAnswers200AndNextTurnWorks()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        channel.FailNext(403);
        var serviceUrl = channel.BaseAddress.AbsoluteUri;

        var rejected = await _client.PostActivityAsync("/api/messages", Activities.Message("one", "conv-403", serviceUrl));
        var accepted = await _client.PostActivityAsync("/api/messages", Activities.Message("two", "conv-403", serviceUrl));

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("echo: one", (await channel.NextCallAsync()).Activity.Text); // 403, not retried
        Assert.Equal("echo: two", (await channel.NextCallAsync()).Activity.Text);
        Assert.False(channel.TryTakeCall(out _));
    }

    [Fact]
    public async Task Invoke_UnknownName_Returns501()
    {
        var invoke = Activities.Message("") with { Type = ActivityTypes.Invoke, Name = "no/such", Text = null };

        var response = await _client.PostActivityAsync("/api/messages", invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Invoke_KnownName_ReturnsInvokeResponseStatusAndBody()
    {
        var invoke = Activities.Message("") with { Type = ActivityTypes.Invoke, Name = "test/ping", Text = null };

        var response = await _client.PostActivityAsync("/api/messages", invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("pong").GetBoolean());
    }

    [Fact]
    public async Task OtherActivityType_Returns200WithoutRunningTheBot()
    {
        var typing = Activities.Message("") with { Type = ActivityTypes.Typing, Conversation = new ConversationAccount("conv-typing") };

        var response = await _client.PostActivityAsync("/api/messages", typing);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(factory.Bot.Received, a => a.Conversation?.Id == "conv-typing");
    }

    [Fact]
    public async Task MalformedJson_Returns400WithJsonError()
    {
        var response = await _client.PostAsync("/api/messages", new StringContent("{\"type\": \"message\",", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", await response.ErrorCodeAsync());
    }

    [Fact]
    public async Task MissingType_Returns400WithJsonError()
    {
        var response = await _client.PostAsync("/api/messages", new StringContent("{\"text\":\"hi\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MissingProperty", await response.ErrorCodeAsync());
    }

    [Fact]
    public async Task MissingServiceUrl_WithoutExpectReplies_Returns400()
    {
        var response = await _client.PostActivityAsync("/api/messages", Activities.Message("hi"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task BodyOver256KB_Returns413()
    {
        var huge = Activities.Message(new string('政', 100_000), expectReplies: true); // ~300 KB of UTF-8

        var response = await _client.PostActivityAsync("/api/messages", huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", await response.ErrorCodeAsync());
    }

    [Fact]
    public async Task Message20000Chars_ReachesTheBot()
    {
        var response = await _client.PostActivityAsync("/api/messages", Activities.Message(new string('策', 20_000), expectReplies: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single((await response.ReadAsync<ExpectedReplies>()).Activities);
        Assert.Equal("received 20000 chars, please be brief", reply.Text);
    }

    [Fact]
    public async Task AuthorizationHeader_InDevelopmentMode_IsRefusedNotIgnored()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent(Activities.Message("hi", expectReplies: true)),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "forged");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task FailingTurn_ApologisesResetsAndLeavesOtherConversationsAlone()
    {
        var failing = _client.PostActivityAsync("/api/messages", Activities.Message("fail", conversationId: "conv-broken", expectReplies: true));
        var healthy = _client.PostActivityAsync("/api/messages", Activities.Message("still there?", conversationId: "conv-healthy", expectReplies: true));
        await Task.WhenAll(failing, healthy);

        var apology = Assert.Single((await (await failing).ReadAsync<ExpectedReplies>()).Activities);
        Assert.Equal(ChannelAdapter.ApologyText, apology.Text);
        Assert.Equal("conv-broken", apology.Conversation?.Id);
        Assert.Contains("conv-broken", factory.Resets.ConversationIds);
        Assert.DoesNotContain("conv-healthy", factory.Resets.ConversationIds);
        Assert.Equal("echo: still there?", Assert.Single((await (await healthy).ReadAsync<ExpectedReplies>()).Activities).Text);

        var after = await _client.PostActivityAsync("/api/messages", Activities.Message("again", conversationId: "conv-broken", expectReplies: true));
        Assert.Equal("echo: again", Assert.Single((await after.ReadAsync<ExpectedReplies>()).Activities).Text);
    }

    private static StringContent JsonContent(Activity activity) =>
        new(JsonSerializer.Serialize(activity, PolicyBot.Channels.ProtocolJson.Options), Encoding.UTF8, "application/json");
}

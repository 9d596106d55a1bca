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
    public async Task Invoke_UnknownName_Returns501WithJsonError()
    {
        var invoke = Activities.Message("") with { Type = ActivityTypes.Invoke, Name = "no/such", Text = null };

        var response = await _client.PostActivityAsync("/api/messages", invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal("NotImplemented", await response.ErrorCodeAsync());
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
    public async Task BotException_Returns500JsonErrorAndOtherConversationsCarryOn()
    {
        // The dialogs own a failing turn (they apologise and recover); an exception that escapes the bot is a service fault.
        var failing = _client.PostActivityAsync("/api/messages", Activities.Message("fail", conversationId: "conv-broken", expectReplies: true));
        var healthy = _client.PostActivityAsync("/api/messages", Activities.Message("still there?", conversationId: "conv-healthy", expectReplies: true));
        await Task.WhenAll(failing, healthy);

        Assert.Equal(HttpStatusCode.InternalServerError, (await failing).StatusCode);
        Assert.Equal("ServiceError", await (await failing).ErrorCodeAsync());
        Assert.Equal("echo: still there?", Assert.Single((await (await healthy).ReadAsync<ExpectedReplies>()).Activities).Text);
        var after = await _client.PostActivityAsync("/api/messages", Activities.Message("again", conversationId: "conv-broken", expectReplies: true));
        Assert.Equal("echo: again", Assert.Single((await after.ReadAsync<ExpectedReplies>()).Activities).Text);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task BodyNotDeclaredJson_Returns415BeforeAnyTurn(string contentType)
    {
        var json = JsonSerializer.Serialize(Activities.Message("form post", conversationId: "conv-415", expectReplies: true), PolicyBot.Channels.ProtocolJson.Options);
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await _client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UnsupportedMediaType", await response.ErrorCodeAsync());
        Assert.DoesNotContain(factory.Bot.Received, a => a.Conversation?.Id == "conv-415");
    }

    [Fact]
    public async Task ActivityWithoutFrom_Returns400()
    {
        var response = await _client.PostActivityAsync("/api/messages", Activities.Message("who?", conversationId: "conv-nofrom", expectReplies: true) with { From = null });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MissingProperty", await response.ErrorCodeAsync());
        Assert.DoesNotContain(factory.Bot.Received, a => a.Conversation?.Id == "conv-nofrom");
    }

    [Theory]
    [InlineData("conv\nINFO forged log line")]
    [InlineData("conv\u0000null")]
    [InlineData("LONG")]
    public async Task CallerIdsWithControlCharactersOrTooLong_Return400(string conversationId)
    {
        var id = conversationId == "LONG" ? new string('c', 300) : conversationId;

        var response = await _client.PostActivityAsync("/api/messages", Activities.Message("hi", conversationId: id, expectReplies: true));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", await response.ErrorCodeAsync());
    }

    [Fact]
    public async Task Noncharacters_AreCleanedBeforeTheBotSeesThem()
    {
        var response = await _client.PostActivityAsync("/api/messages", Activities.Message("房租\uFFFE减免\u0007", conversationId: "conv-clean", expectReplies: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo: 房租减免", Assert.Single((await response.ReadAsync<ExpectedReplies>()).Activities).Text);
    }

    [Fact]
    public async Task AnonymousCaller_NamingDirectLine_GetsItsOwnStateNamespace()
    {
        var spoofed = Activities.Message("我的信息", conversationId: "conv-spoof", expectReplies: true) with { ChannelId = "directline" };

        var response = await _client.PostActivityAsync("/api/messages", spoofed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(factory.Bot.Received, a => a.Conversation?.Id == "conv-spoof");
        Assert.Equal("directline", received.ChannelId); // echoed back as sent
        Assert.Equal("anonymous", received.TrustedChannelId); // but state is keyed by what the transport established
    }

    [Theory]
    [InlineData("http://10.0.0.1:8080/")]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("http://example.invalid/")]
    public async Task AnonymousCaller_NonLoopbackServiceUrl_RefusedBeforeTheTurn(string serviceUrl)
    {
        var conversationId = "conv-ssrf-" + Guid.NewGuid().ToString("N")[..6];

        var response = await _client.PostActivityAsync("/api/messages", Activities.Message("hi", conversationId, serviceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(factory.Bot.Received, a => a.Conversation?.Id == conversationId);
    }

    [Fact]
    public async Task ServiceUrlWithCredentialsOrDecimalHost_RefusedAndNothingSent()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        var port = channel.BaseAddress.Port;

        var withCredentials = await _client.PostActivityAsync("/api/messages", Activities.Message("hi", "conv-cred", $"http://user:pass@127.0.0.1:{port}/"));
        var decimalHost = await _client.PostActivityAsync("/api/messages", Activities.Message("hi", "conv-dec", $"http://2130706433:{port}/"));

        Assert.Equal(HttpStatusCode.Forbidden, withCredentials.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, decimalHost.StatusCode);
        await Task.Delay(200);
        Assert.False(channel.TryTakeCall(out _));
    }

    [Fact]
    public async Task ChannelRedirects_RedirectIsNotFollowed()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        channel.RedirectTo("/internal/admin");

        var response = await _client.PostActivityAsync("/api/messages", Activities.Message("hi", "conv-302", channel.BaseAddress.AbsoluteUri));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await channel.NextCallAsync();
        await Task.Delay(300);
        Assert.False(channel.TryTakeCall(out _)); // a 302 is a refusal, not retried
        Assert.Equal(0, channel.Gets);
    }

    [Fact]
    public async Task ChannelKeepsFailing_AttemptsAreBounded()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        channel.FailNext(503, 503, 503, 503, 503, 503, 503, 503, 503, 503);

        await _client.PostActivityAsync("/api/messages", Activities.Message("hi", "conv-503", channel.BaseAddress.AbsoluteUri));

        for (var i = 0; i < 3; i++)
        {
            await channel.NextCallAsync();
        }
        await Task.Delay(1000);
        Assert.False(channel.TryTakeCall(out _));
    }

    [Fact]
    public async Task ChannelHangs_InboundRequestIsAnsweredAnyway()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        channel.Hang();

        var response = await _client.PostActivityAsync("/api/messages", Activities.Message("hi", "conv-hang", channel.BaseAddress.AbsoluteUri));
        var held = await channel.NextCallAsync(); // the reply is stuck in the channel ...

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // ... but the channel's request was answered already
        Assert.Equal("echo: hi", held.Activity.Text);
        channel.Release();
    }

    private static StringContent JsonContent(Activity activity) =>
        new(JsonSerializer.Serialize(activity, PolicyBot.Channels.ProtocolJson.Options), Encoding.UTF8, "application/json");
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyBot.Channels;
using PolicyBot.Channels.DirectLine;
using PolicyBot.Schema;
using PolicyBot.Web.Tests.Infrastructure;

namespace PolicyBot.Web.Tests.DirectLine;

public sealed class DirectLineStreamTests(PolicyBotWebFactory factory) : IClassFixture<PolicyBotWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Stream_ReplaysWelcomeThenPushesEchoAndReply()
    {
        var conversation = await StartAsync("u_stream");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var socket = await factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(conversation.StreamUrl!), timeout.Token);

        var welcome = await ReceiveSetAsync(socket, timeout.Token);
        Assert.Equal("welcome u_stream", Assert.Single(welcome.Activities).Text);
        Assert.Equal("1", welcome.Watermark);

        using var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities")
        {
            Content = JsonContent.Create(new Activity { Type = ActivityTypes.Message, Text = "over the socket", From = new ChannelAccount("u_stream") },
                options: ProtocolJson.Options),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        await _client.SendAsync(post, timeout.Token);

        var texts = new List<string?>();
        string? watermark = null;
        while (texts.Count < 2)
        {
            var set = await ReceiveSetAsync(socket, timeout.Token);
            texts.AddRange(set.Activities.Select(a => a.Text));
            watermark = set.Watermark;
        }
        Assert.Equal(["over the socket", "echo: over the socket"], texts);
        Assert.Equal("3", watermark);

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
    }

    [Fact]
    public async Task Stream_WithWrongTicket_IsRefused()
    {
        var conversation = await StartAsync("u_stream2");
        var url = new Uri(Regex.Replace(conversation.StreamUrl!, "ticket=[^&]+", "ticket=bogus"));

        await Assert.ThrowsAnyAsync<Exception>(() => factory.Server.CreateWebSocketClient().ConnectAsync(url, CancellationToken.None));
    }

    [Fact]
    public async Task StreamTicket_WorksOnce_AndGetConversationHandsOutAFreshOne()
    {
        var conversation = await StartAsync("u_ticket");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var first = await factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(conversation.StreamUrl!), timeout.Token);
        await ReceiveSetAsync(first, timeout.Token);

        await Assert.ThrowsAnyAsync<Exception>(() =>
            factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(conversation.StreamUrl!), timeout.Token));

        using var info = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}?watermark=1");
        info.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        var reconnect = await (await _client.SendAsync(info)).ReadAsync<ConversationInfo>();
        Assert.Contains("watermark=1", reconnect.StreamUrl);
        var second = await factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(reconnect.StreamUrl!), timeout.Token);
        Assert.Equal(WebSocketState.Open, second.State);
        await second.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
    }

    [Fact]
    public async Task SecondStream_ClosesTheFirstWithCollision_AndOnlyTheSecondGetsActivities()
    {
        var conversation = await StartAsync("u_collide");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var first = await factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(conversation.StreamUrl!), timeout.Token);
        await ReceiveSetAsync(first, timeout.Token);

        using var info = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}?watermark=1");
        info.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        var reconnect = await (await _client.SendAsync(info)).ReadAsync<ConversationInfo>();
        var second = await factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(reconnect.StreamUrl!), timeout.Token);

        var closing = await first.ReceiveAsync(new byte[1024], timeout.Token);
        Assert.Equal(WebSocketMessageType.Close, closing.MessageType);
        Assert.Equal("collision", first.CloseStatusDescription);

        await _client.PostMessageAsync(conversation, "after the collision", from: new ChannelAccount("u_collide"));
        var texts = new List<string?>();
        while (!texts.Contains("echo: after the collision"))
        {
            texts.AddRange((await ReceiveSetAsync(second, timeout.Token)).Activities.Select(a => a.Text));
        }
        Assert.Equal(WebSocketState.Open, second.State);
        await second.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
    }

    private Task<ConversationInfo> StartAsync(string userId) => _client.StartConversationAsync(userId);

    private static async Task<ActivitySet> ReceiveSetAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        while (true)
        {
            var buffer = new byte[64 * 1024];
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, cancellationToken);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);
            if (message.Length > 0) // empty frames are keep-alives
            {
                return JsonSerializer.Deserialize<ActivitySet>(Encoding.UTF8.GetString(message.ToArray()), ProtocolJson.Options)!;
            }
        }
    }
}

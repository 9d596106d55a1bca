using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using PolicyBot.Channels;
using PolicyBot.Channels.DirectLine;
using PolicyBot.Web.Http;

namespace PolicyBot.Web.DirectLine;

/// <summary>
/// The Direct Line WebSocket stream: pushes <c>{activities, watermark}</c> frames as activities are appended,
/// starting after the watermark in the stream URL (so a welcome appended before the socket opened is replayed),
/// and an empty frame as keep-alive. The URL is pre-authorised by its <c>t</c> query parameter.
/// </summary>
public sealed partial class DirectLineStreamHandler(DirectLineService service, ILogger<DirectLineStreamHandler> logger)
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(30);

    /// <summary>GET /conversations/{id}/stream?t={token}&amp;watermark={wm} with a WebSocket upgrade.</summary>
    public async Task<IResult> HandleAsync(HttpContext context, string conversationId, string? t, string? watermark,
        CancellationToken cancellationToken)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return ErrorResults.Json(400, "BadArgument", "The stream URL needs a WebSocket upgrade.");
        }
        var authorization = "Bearer " + t;
        var first = service.GetActivities(conversationId, authorization, watermark);
        if (first.Body is not ActivitySet)
        {
            return ErrorResults.From(first.StatusCode, first.Body);
        }

        var appended = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var listening = service.Listen(conversationId, authorization, () => appended.Writer.TryWrite(true));
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receiving = DrainAsync(socket, closed);
        LogOpened(logger, conversationId);
        try
        {
            var current = watermark;
            appended.Writer.TryWrite(true); // send what is already there first
            while (socket.State == WebSocketState.Open && !closed.IsCancellationRequested)
            {
                if (await WaitAsync(appended.Reader, closed.Token))
                {
                    var result = service.GetActivities(conversationId, authorization, current);
                    if (result.Body is not ActivitySet set)
                    {
                        break; // token expired or conversation dropped
                    }
                    if (set.Activities.Count > 0)
                    {
                        await SendAsync(socket, JsonSerializer.SerializeToUtf8Bytes(set, ProtocolJson.Options), closed.Token);
                        current = set.Watermark ?? current;
                    }
                }
                else
                {
                    await SendAsync(socket, [], closed.Token); // keep-alive; clients ignore empty frames
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client went away; nothing to clean up beyond the using blocks.
        }
        await closed.CancelAsync();
        await receiving;
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "closing", CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // Already gone.
            }
        }
        LogClosed(logger, conversationId);
        return Results.Empty;
    }

    private static async Task<bool> WaitAsync(ChannelReader<bool> appended, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(KeepAlive);
        try
        {
            return await appended.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static Task SendAsync(WebSocket socket, byte[] payload, CancellationToken cancellationToken) =>
        socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    // Clients send empty pings; read and ignore them, and stop the stream when the client closes.
    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }
        await closed.CancelAsync();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line stream opened for {ConversationId}")]
    private static partial void LogOpened(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line stream closed for {ConversationId}")]
    private static partial void LogClosed(ILogger logger, string conversationId);
}

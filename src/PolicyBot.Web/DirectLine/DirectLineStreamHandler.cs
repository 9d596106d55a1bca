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
/// and an empty frame as keep-alive. The URL is pre-authorised by a single-use ticket, not the bearer token.
/// One stream per conversation: a newer one closes this one with the description <c>collision</c>.
/// </summary>
public sealed partial class DirectLineStreamHandler(DirectLineService service, ILogger<DirectLineStreamHandler> logger)
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(30);

    /// <summary>GET /conversations/{id}/stream?ticket={ticket}&amp;watermark={wm} with a WebSocket upgrade.</summary>
    public async Task<IResult> HandleAsync(HttpContext context, string conversationId, string? ticket, string? watermark,
        CancellationToken cancellationToken)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return ErrorResults.Json(400, "BadArgument", "The stream URL needs a WebSocket upgrade.");
        }
        var appended = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        var (stream, error) = service.OpenStream(conversationId, ticket, () => appended.Writer.TryWrite(true));
        if (stream is null)
        {
            return ErrorResults.From(error!.StatusCode, error.Body);
        }

        using (stream)
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            using var closed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stream.Ended);
            using var stopReceiving = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var receiving = DrainAsync(socket, stream, closed, stopReceiving.Token);
            LogOpened(logger, conversationId);
            try
            {
                var current = watermark;
                appended.Writer.TryWrite(true); // send what is already there first
                while (socket.State == WebSocketState.Open && !closed.IsCancellationRequested)
                {
                    if (await WaitAsync(appended.Reader, closed.Token))
                    {
                        current = await SendNewAsync(socket, stream, current, closed.Token);
                    }
                    else
                    {
                        await SendAsync(socket, [], closed.Token); // keep-alive; clients ignore empty frames
                    }
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
            {
                // The client went away or the stream was ended; the socket is closed below.
            }
            // Receiving goes on until the client answers the close frame, so the close description reaches it.
            await CloseAsync(socket, stream.EndReason);
            stopReceiving.CancelAfter(TimeSpan.FromSeconds(5));
            await receiving;
            LogClosed(logger, conversationId, stream.EndReason ?? "client");
        }
        return Results.Empty;
    }

    // Pages on until the client has everything: one frame per page.
    private static async Task<string?> SendNewAsync(WebSocket socket, DirectLineStream stream, string? watermark, CancellationToken cancellationToken)
    {
        while (true)
        {
            var set = stream.After(watermark);
            if (set.Activities.Count == 0)
            {
                return watermark;
            }
            await SendAsync(socket, JsonSerializer.SerializeToUtf8Bytes(set, ProtocolJson.Options), cancellationToken);
            watermark = set.Watermark ?? watermark;
        }
    }

    private static async Task CloseAsync(WebSocket socket, string? reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }
        try
        {
            var status = reason is null ? WebSocketCloseStatus.NormalClosure : WebSocketCloseStatus.PolicyViolation;
            await socket.CloseOutputAsync(status, reason ?? "closing", CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
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

    // Clients send empty pings; each one shows the client is still there. Stop the stream when the client closes.
    private static async Task DrainAsync(WebSocket socket, DirectLineStream stream, CancellationTokenSource closed, CancellationToken stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var result = await socket.ReceiveAsync(buffer, stop);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
                stream.Touch();
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }
        await closed.CancelAsync();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line stream opened for {ConversationId}")]
    private static partial void LogOpened(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line stream closed for {ConversationId} ({Reason})")]
    private static partial void LogClosed(ILogger logger, string conversationId, string reason);
}

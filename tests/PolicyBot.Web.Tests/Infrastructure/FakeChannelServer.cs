using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyBot.Channels;
using PolicyBot.Schema;

namespace PolicyBot.Web.Tests.Infrastructure;

/// <summary>A channel's Connector endpoint on 127.0.0.1 (Kestrel, free port) that records what the bot posts.</summary>
public sealed class FakeChannelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedCall> _calls = Channel.CreateUnbounded<ReceivedCall>();
    private readonly System.Collections.Concurrent.ConcurrentQueue<int> _statuses = new();
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _hang;
    private volatile string? _redirectTo;
    private int _gets;

    private FakeChannelServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<FakeChannelServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var server = new FakeChannelServer(builder.Build());
        server._app.MapPost("/{**path}", async (HttpRequest request) =>
        {
            var activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, ProtocolJson.Options);
            await server._calls.Writer.WriteAsync(new ReceivedCall(request.HttpContext.Features.Get<IHttpRequestFeature>()!.RawTarget, request.Headers.Authorization.ToString(), activity!));
            if (server._hang)
            {
                await server._released.Task;
            }
            if (server._redirectTo is { } location)
            {
                return Results.Redirect(location);
            }
            if (server._statuses.TryDequeue(out var status))
            {
                request.HttpContext.Response.Headers.RetryAfter = "0";
                return Results.StatusCode(status);
            }
            return Results.Json(new ResourceResponse("fake-1"), statusCode: 200);
        });
        server._app.MapGet("/{**path}", () =>
        {
            Interlocked.Increment(ref server._gets);
            return Results.Ok();
        });
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseAddress = new Uri(address);
        return server;
    }

    /// <summary>Makes the next calls fail with these statuses (Retry-After: 0) before answering 200 again.</summary>
    public void FailNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _statuses.Enqueue(status);
        }
    }

    /// <summary>Holds every POST open until <see cref="Release"/> (a channel that hangs).</summary>
    public void Hang() => _hang = true;

    /// <summary>Lets held POSTs answer.</summary>
    public void Release() => _released.TrySetResult();

    /// <summary>Answers every POST with 302 to <paramref name="location"/>.</summary>
    public void RedirectTo(string location) => _redirectTo = location;

    /// <summary>GET requests received (a followed redirect would be one).</summary>
    public int Gets => Volatile.Read(ref _gets);

    /// <summary>Waits for the next call the bot makes, failing after a few seconds.</summary>
    public async Task<ReceivedCall> NextCallAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _calls.Reader.ReadAsync(timeout.Token);
    }

    public bool TryTakeCall(out ReceivedCall? call) => _calls.Reader.TryRead(out call);

    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.DisposeAsync();
    }
}

/// <summary>One POST the fake channel received; <see cref="Path"/> is the raw request target, escapes intact.</summary>
public sealed record ReceivedCall(string Path, string Authorization, Activity Activity);

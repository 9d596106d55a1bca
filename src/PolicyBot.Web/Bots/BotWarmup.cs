using PolicyBot.Schema;

namespace PolicyBot.Web.Bots;

/// <summary>Builds the bot at start (index opened or built, dialogs loaded) so no turn waits for it and bad data stops the host early.</summary>
internal sealed class BotWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<IBot>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using System.Collections.Concurrent;
using System.Text.Json;
using PolicyBot.Schema;

namespace PolicyBot.Web.Tests.Infrastructure;

/// <summary>
/// A bot with predictable answers: welcomes every added member that is not the bot, echoes messages,
/// reports the length of long ones, throws on "fail", answers the invoke "test/ping".
/// </summary>
public sealed class TestBot : IBot
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    public Task<IReadOnlyList<Activity>> OnTurnAsync(Activity incoming, CancellationToken cancellationToken)
    {
        Received.Enqueue(incoming);
        IReadOnlyList<Activity> replies = incoming.Type switch
        {
            ActivityTypes.ConversationUpdate => (incoming.MembersAdded ?? [])
                .Where(m => m.Id != incoming.Recipient?.Id)
                .Select(m => Message($"welcome {m.Id}"))
                .ToList(),
            ActivityTypes.Message when incoming.Text == "fail" => throw new InvalidOperationException("The test bot was told to fail."),
            ActivityTypes.Message when incoming.Text?.Length > 1000 => [Message($"received {incoming.Text.Length} chars, please be brief")],
            ActivityTypes.Message => [Message($"echo: {incoming.Text}")],
            ActivityTypes.Invoke when incoming.Name == "test/ping" =>
                [new Activity { Type = InvokeResponse.ActivityType, Value = JsonSerializer.SerializeToElement(new InvokeResponse(200, new { pong = true })) }],
            _ => [],
        };
        return Task.FromResult(replies);
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}

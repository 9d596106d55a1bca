using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyBot.Dialogs.Hosting;
using PolicyBot.Dialogs.State;
using PolicyBot.Knowledge.Regions;
using PolicyBot.Schema;

namespace PolicyBot.Dialogs.Tests.Fakes;

/// <summary>Builds the bot as the web host would (AddPolicyBotDialogs) with a fake search and clock, and talks to it.</summary>
internal sealed class BotDriver
{
    public BotDriver(IStateStorage? storage = null, FakePolicySearch? search = null, Action<PolicyBotDialogOptions>? configure = null)
    {
        Search = search ?? new FakePolicySearch();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(Logs));
        services.AddSingleton<TimeProvider>(new FixedClock());
        services.AddSingleton<PolicyBot.Search.IPolicySearch>(Search);
        services.AddSingleton(Regions);
        if (storage is not null) services.AddSingleton(storage);
        services.AddPolicyBotDialogs(o =>
        {
            o.DialogsFolder = RepoPaths.Dialogs;
            o.KnowledgeFolder = RepoPaths.Knowledge;
            configure?.Invoke(o);
        });
        Bot = services.BuildServiceProvider().GetRequiredService<IBot>();
    }

    /// <summary>The seed region table plus two cities the knowledge base does not cover.</summary>
    public static RegionTable Regions { get; } = RegionTable.From(
    [
        .. RegionTable.Load(Path.Combine(RepoPaths.Knowledge, "regions")).Places,
        new Place("深圳市", "广东省", "深圳市", null),
        new Place("南山区", "广东省", "深圳市", "南山区"),
        new Place("武汉市", "湖北省", "武汉市", null),
    ]);

    public IBot Bot { get; }

    public FakePolicySearch Search { get; }

    public ListLoggerProvider Logs { get; } = new();

    public Task<IReadOnlyList<Activity>> SayAsync(string? text, string conversation = "c1") =>
        Bot.OnTurnAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            ChannelId = "test",
            Conversation = new ConversationAccount(conversation),
            From = new ChannelAccount("user-1", "用户"),
            Recipient = new ChannelAccount("bot-1", "PolicyBot"),
        }, CancellationToken.None);

    public Task<IReadOnlyList<Activity>> JoinAsync(string conversation = "c1", params string[] memberIds) =>
        Bot.OnTurnAsync(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = "test",
            Conversation = new ConversationAccount(conversation),
            Recipient = new ChannelAccount("bot-1", "PolicyBot"),
            MembersAdded = memberIds.Select(id => new ChannelAccount(id)).ToList(),
        }, CancellationToken.None);

    /// <summary>All reply texts of a turn joined, for substring expectations.</summary>
    public static string Text(IReadOnlyList<Activity> replies) => string.Join("\n---\n", replies.Select(r => r.Text).OfType<string>());
}

using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PolicyBot.Channels.DirectLine;

namespace PolicyBot.Channels.Tests.DirectLine;

public sealed class DirectLineStoreTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    private (DirectLineStore Store, DirectLineTokens Tokens) Create(int maxConversations, int perClient = 20)
    {
        var options = Options.Create(new DirectLineOptions { MaxConversations = maxConversations, MaxConversationsPerClient = perClient });
        var tokens = new DirectLineTokens(options, _clock);
        return (new DirectLineStore(options, tokens, _clock), tokens);
    }

    [Fact]
    public void TryCreate_WhenFull_IsRefused_AndNeverEvictsALiveConversation()
    {
        var (store, _) = Create(maxConversations: 5);
        using var _ = store;
        var live = store.TryCreate("u_live")!;

        var created = 1;
        for (var i = 0; i < 10_000; i++)
        {
            created += store.TryCreate(null) is null ? 0 : 1;
        }

        Assert.Equal(5, created);
        Assert.Same(live, store.Find(live.Id));
        Assert.Equal(5, store.Count);
    }

    [Fact]
    public void OneClient_HoldsAtMostItsShare_OthersAndTheSecretAreUnaffected_AndExpiryGivesItBack()
    {
        var (store, _) = Create(maxConversations: 100, perClient: 3);
        using var _ = store;

        var first = Enumerable.Range(0, 3).Select(_ => store.TryCreate(null, "203.0.113.7")).ToList();
        var fourth = store.TryCreate(null, "203.0.113.7", out var refusal);
        var other = store.TryCreate(null, "198.51.100.9");
        var backEnd = Enumerable.Range(0, 10).Select(_ => store.TryCreate("u_backend")).ToList(); // minted with the secret

        Assert.All(first, Assert.NotNull);
        Assert.Null(fourth);
        Assert.Equal(CreateRefusal.ClientFull, refusal);
        Assert.NotNull(other);
        Assert.All(backEnd, Assert.NotNull);

        _clock.Advance(TimeSpan.FromMinutes(31));
        Assert.NotNull(store.TryCreate(null, "203.0.113.7"));
    }

    [Fact]
    public void IdleConversation_Expires_WithItsToken_AndFreesRoom()
    {
        var (store, tokens) = Create(maxConversations: 2);
        using var _ = store;
        var idle = store.TryCreate("u_idle")!;
        tokens.Issue(idle.Id, idle.UserId);
        var busy = store.TryCreate("u_busy")!;
        tokens.Issue(busy.Id, busy.UserId);
        Assert.Null(store.TryCreate(null));

        _clock.Advance(TimeSpan.FromMinutes(20));
        Assert.NotNull(store.Find(busy.Id)); // used: its idle time starts over
        _clock.Advance(TimeSpan.FromMinutes(11));

        Assert.Null(store.Find(idle.Id));
        Assert.NotNull(store.Find(busy.Id));
        Assert.Equal(1, tokens.Count);
        Assert.NotNull(store.TryCreate(null));
    }

    [Fact]
    public void Sweep_RunsOnTheTimeProviderTimer_AndEndsTheStreamOfAnExpiredConversation()
    {
        var (store, tokens) = Create(maxConversations: 10);
        using var _ = store;
        var conversation = store.TryCreate(null)!;
        tokens.Issue(conversation.Id, conversation.UserId);
        var stream = conversation.TakeStream();

        _clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(0, store.Count);
        Assert.Equal(0, tokens.Count);
        Assert.Equal("expired", stream.Reason);
    }
}

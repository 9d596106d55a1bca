using PolicyBot.Dialogs.State;

namespace PolicyBot.Dialogs.Tests.State;

public sealed class StateStorageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "policybot-state-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Kinds => new() { "memory", "file" };

    private IStateStorage Create(string kind) => kind == "memory" ? new MemoryStateStorage() : new FileStateStorage(_folder);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Write_ThenRead_ReturnsJsonAndTheNewETag(string kind)
    {
        var storage = Create(kind);

        var eTag = await storage.WriteAsync("test/conversations/a", "{\"x\":1}", null, default);
        var read = await storage.ReadAsync("test/conversations/a", default);

        Assert.NotNull(read);
        Assert.Equal("{\"x\":1}", read.Json);
        Assert.Equal(eTag, read.ETag);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Write_WithStaleETag_ThrowsConflictAndKeepsTheNewerState(string kind)
    {
        var storage = Create(kind);
        var first = await storage.WriteAsync("k", "\"v1\"", null, default);
        await storage.WriteAsync("k", "\"v2\"", first, default);

        var ex = await Assert.ThrowsAsync<StateConflictException>(() => storage.WriteAsync("k", "\"stale\"", first, default));

        Assert.Equal("k", ex.Key);
        Assert.Equal("\"v2\"", (await storage.ReadAsync("k", default))!.Json);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Write_CreateWhenSomeoneElseCreatedFirst_Throws_ButStarOverwrites(string kind)
    {
        var storage = Create(kind);
        await storage.WriteAsync("k", "\"a\"", null, default);

        await Assert.ThrowsAsync<StateConflictException>(() => storage.WriteAsync("k", "\"b\"", null, default));
        await storage.WriteAsync("k", "\"c\"", "*", default);

        Assert.Equal("\"c\"", (await storage.ReadAsync("k", default))!.Json);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Delete_RemovesOnlyThatKey(string kind)
    {
        var storage = Create(kind);
        await storage.WriteAsync("a", "1", null, default);
        await storage.WriteAsync("b", "2", null, default);

        await storage.DeleteAsync("a", default);
        await storage.DeleteAsync("missing", default);

        Assert.Null(await storage.ReadAsync("a", default));
        Assert.NotNull(await storage.ReadAsync("b", default));
    }

    [Fact]
    public async Task FileStorage_NewInstanceOnTheSameFolder_ReadsWhatTheOldOneWrote_AndLeavesNoTempFiles()
    {
        var eTag = await new FileStateStorage(_folder).WriteAsync("msteams/conversations/19:abc", "{\"y\":2}", null, default);

        var reopened = new FileStateStorage(_folder);
        var read = await reopened.ReadAsync("msteams/conversations/19:abc", default);

        Assert.Equal(eTag, read!.ETag);
        Assert.Equal("{\"y\":2}", read.Json);
        Assert.Single(Directory.GetFiles(_folder));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}

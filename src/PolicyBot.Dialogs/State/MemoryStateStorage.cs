using System.Collections.Concurrent;

namespace PolicyBot.Dialogs.State;

/// <summary>Conversation state in memory (the default; lost on restart).</summary>
public sealed class MemoryStateStorage : IStateStorage
{
    private readonly ConcurrentDictionary<string, StoredState> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_items.GetValueOrDefault(key));

    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ETags.Check(key, expectedETag, _items.GetValueOrDefault(key)?.ETag);
            var item = new StoredState(key, json, ETags.New());
            _items[key] = item;
            return Task.FromResult(item.ETag);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        lock (_gate) _items.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}

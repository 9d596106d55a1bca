namespace PolicyBot.Dialogs.Engine;

/// <summary>The registry of dialogs by id.</summary>
public sealed class DialogSet(IEnumerable<IDialog> dialogs)
{
    private readonly Dictionary<string, IDialog> _byId = dialogs.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public IDialog Find(string id) =>
        _byId.TryGetValue(id, out var dialog) ? dialog : throw new KeyNotFoundException($"No dialog '{id}'");
}

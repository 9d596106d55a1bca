using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PolicyBot.Dialogs.State;

/// <summary>
/// Conversation state as one JSON file per key in a folder, so a restart loses no conversation. Writes go to a
/// temporary file that is then renamed over the old one, so a crash never leaves half a file.
/// </summary>
public sealed class FileStateStorage : IStateStorage
{
    private readonly string _folder;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public FileStateStorage(string folder)
    {
        _folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(_folder);
    }

    public async Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var file = PathOf(key);
        if (!File.Exists(file)) return null;
        await using var stream = File.OpenRead(file);
        var envelope = await JsonSerializer.DeserializeAsync<Envelope>(stream, cancellationToken: cancellationToken);
        return envelope is null ? null : new StoredState(envelope.Key, envelope.Json, envelope.ETag);
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var current = await ReadAsync(key, cancellationToken);
            ETags.Check(key, expectedETag, current?.ETag);
            var envelope = new Envelope(key, json, ETags.New());
            var file = PathOf(key);
            var temp = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(envelope), cancellationToken);
            File.Move(temp, file, overwrite: true);
            return envelope.ETag;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            File.Delete(PathOf(key));
        }
        finally
        {
            _gate.Release();
        }
    }

    // Keys hold '/' and channel ids; a hash makes a safe, fixed-length file name. The key is kept inside the file.
    private string PathOf(string key) =>
        Path.Combine(_folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))) + ".json");

    private sealed record Envelope(string Key, string Json, string ETag);
}

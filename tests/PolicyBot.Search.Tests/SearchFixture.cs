using Microsoft.Extensions.Time.Testing;
using PolicyBot.Knowledge;

namespace PolicyBot.Search.Tests;

/// <summary>One searcher over the repository's knowledge, with its index in a temporary folder and a fixed clock.</summary>
public sealed class SearchFixture : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public SearchFixture()
    {
        KnowledgeRoot = KnowledgePaths.FindUpward("knowledge", AppContext.BaseDirectory)!;
        DataPath = Path.Combine(Path.GetTempPath(), $"pb-search-{Guid.NewGuid():N}");
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        Searcher = PolicySearcher.Open(new SearchOptions { KnowledgePath = KnowledgeRoot, DataPath = DataPath }, Clock);
    }

    public string KnowledgeRoot { get; }

    public string DataPath { get; }

    public FakeTimeProvider Clock { get; }

    public PolicySearcher Searcher { get; }

    public void Dispose()
    {
        Searcher.Dispose();
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { }
    }
}

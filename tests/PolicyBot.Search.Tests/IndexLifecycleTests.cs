using PolicyBot.Knowledge;

namespace PolicyBot.Search.Tests;

public sealed class IndexLifecycleTests
{
    [Fact]
    public void Open_BuildsOnFirstUse_ReusesWhenUnchanged_RebuildsWhenASourceChanges()
    {
        var source = KnowledgePaths.FindUpward("knowledge", AppContext.BaseDirectory)!;
        var root = Path.Combine(Path.GetTempPath(), $"pb-life-{Guid.NewGuid():N}");
        var knowledge = Path.Combine(root, "knowledge");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(knowledge, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }

        var options = new SearchOptions { KnowledgePath = knowledge, DataPath = Path.Combine(root, "data") };
        using (var first = PolicySearcher.Open(options, TimeProvider.System)) Assert.True(first.IndexBuilt);
        using (var second = PolicySearcher.Open(options, TimeProvider.System)) Assert.False(second.IndexBuilt);

        var doc = Directory.EnumerateFiles(Path.Combine(knowledge, "documents")).First(f => f.Contains("ezhou"));
        File.WriteAllText(doc, File.ReadAllText(doc).Replace("展位费50%", "展位费60%"));
        using var third = PolicySearcher.Open(options, TimeProvider.System);
        Assert.True(third.IndexBuilt);
        Assert.Contains("展位费60%", third.Search(new SearchRequest("鄂州第十五条")).Hits[0].Clause.Text);
        Assert.Single(Directory.EnumerateDirectories(options.DataPath!, "index-*"));
    }

    [Fact]
    public void Open_MissingKnowledgeFolder_FailsWithTheFolderName()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"pb-none-{Guid.NewGuid():N}");
        var e = Assert.Throws<KnowledgeException>(() => PolicySearcher.Open(new SearchOptions { KnowledgePath = missing }, TimeProvider.System));
        Assert.Contains(missing, e.Message);
    }
}

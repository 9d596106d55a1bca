using System.Text;

namespace PolicyBot.Knowledge.Tests;

public sealed class KnowledgeBaseTests(KnowledgeFixture kb) : IClassFixture<KnowledgeFixture>
{
    public static TheoryData<string> DocumentFiles()
    {
        var root = KnowledgePaths.FindUpward("knowledge", AppContext.BaseDirectory)!;
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(root, "documents")).Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentFiles))]
    public void Sweep_EveryDocument_ParsesWithMetadataAndUniqueClauses(string file)
    {
        var doc = kb.Knowledge.Documents.Single(d => d.FileName == file);
        Assert.NotEqual(doc.Id, doc.Title);
        Assert.NotNull(doc.Date);
        Assert.NotEqual(PolicyBot.Knowledge.Documents.Jurisdiction.Unknown, doc.Jurisdiction);
        Assert.NotEmpty(doc.Clauses);
        Assert.Equal(doc.Clauses.Count, doc.Clauses.Select(c => c.Id).Distinct().Count());
        var raw = File.ReadAllText(Path.Combine(kb.Root, "documents", file)).Replace(" ", "").Replace("\n", "");
        Assert.Contains(doc.Title[..6], raw);
        Assert.All(doc.Clauses, c => Assert.NotEmpty(c.Topics));
    }

    [Fact]
    public void Load_FileThatIsNotUtf8_IsNamedInErrorsAndTheRestStillLoads()
    {
        var root = CopyKnowledge();
        var bad = Path.Combine(root, "documents", "broken.txt");
        File.WriteAllBytes(bad, Encoding.GetEncoding("utf-16").GetBytes("湛江市人民政府").Concat(new byte[] { 0xff, 0xfe, 0xc3 }).ToArray());
        var loaded = KnowledgeBase.Load(root);
        Assert.Equal(5, loaded.Documents.Count);
        Assert.Contains(loaded.Errors, e => e.Contains("broken.txt"));
    }

    [Fact]
    public void Load_EmptyDocumentsFolder_FailsWithAMessageNamingTheFolder()
    {
        var root = CopyKnowledge();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(root, "documents"))) File.Delete(f);
        var e = Assert.Throws<KnowledgeException>(() => KnowledgeBase.Load(root));
        Assert.Contains(Path.Combine(root, "documents"), e.Message);
    }

    [Fact]
    public void Fingerprint_ChangesWhenASourceChanges()
    {
        var root = CopyKnowledge();
        var before = KnowledgeBase.ComputeFingerprint(root);
        File.AppendAllText(Directory.EnumerateFiles(Path.Combine(root, "documents")).First(), "\n（补充）");
        Assert.NotEqual(before, KnowledgeBase.ComputeFingerprint(root));
    }

    private string CopyKnowledge() => CopyKnowledge(kb.Root);

    /// <summary>A copy of the knowledge folder in a temporary folder, to change freely.</summary>
    internal static string CopyKnowledge(string source)
    {
        var target = Path.Combine(Path.GetTempPath(), $"pb-kb-{Guid.NewGuid():N}", "knowledge");
        foreach (var f in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(target, Path.GetRelativePath(source, f));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(f, dest);
        }

        return target;
    }
}

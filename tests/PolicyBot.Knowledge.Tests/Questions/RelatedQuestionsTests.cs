using PolicyBot.Knowledge.Questions;

namespace PolicyBot.Knowledge.Tests.Questions;

public sealed class RelatedQuestionsTests(KnowledgeFixture kb) : IClassFixture<KnowledgeFixture>
{
    public static TheoryData<string> DocumentFiles() => KnowledgeBaseTests.DocumentFiles();

    [Theory]
    [MemberData(nameof(DocumentFiles))]
    public void Sweep_EveryClauseOfEveryDocument_HasRelatedQuestions(string file)
    {
        var doc = kb.Knowledge.Documents.Single(d => d.FileName == file);
        Assert.True(File.Exists(RelatedQuestions.FileFor(kb.Root, doc)), $"no questions file for {file}");
        Assert.All(doc.Clauses, c => Assert.True(c.Questions.Count >= 3, $"{c.Id} has {c.Questions.Count} questions"));
        Assert.All(doc.Clauses.SelectMany(c => c.Questions), q => Assert.InRange(q.Length, 2, RelatedQuestions.MaxLength));
    }

    [Fact]
    public void Load_TheRepositorysQuestionFiles_RaiseNoWarnings() =>
        Assert.DoesNotContain(kb.Knowledge.Errors, e => e.Contains(RelatedQuestions.FolderName, StringComparison.Ordinal));

    [Fact]
    public void Load_ProblemsAreWarningsNamingFileAndLine_AndTheRestStillLoads()
    {
        var root = KnowledgeBaseTests.CopyKnowledge(kb.Root);
        var doc = kb.Doc("ezhou");
        var file = RelatedQuestions.FileFor(root, doc);
        File.WriteAllText(file, string.Join('\n',
            "# test file",
            "orphan question before any clause",
            "## 25 (二十五) 支持企业稳岗留工",
            "没裁员有补助吗",
            "没裁员有补助吗",
            "## 99 no such clause",
            "这句不会用上",
            "## 3 （九十） wrong label",
            "第三条的问题",
            "## 25",
            "追加在文件末尾的问题",
            "## abc",
            new string('长', RelatedQuestions.MaxLength + 1)));
        File.WriteAllText(Path.Combine(root, RelatedQuestions.FolderName, "no-such-document.txt"), "## 1\n问题\n");

        var loaded = KnowledgeBase.Load(root);
        var ezhou = loaded.Documents.Single(d => d.Id == doc.Id);

        Assert.Equal(["没裁员有补助吗", "追加在文件末尾的问题"], ezhou.Clauses.Single(c => c.Ordinal == 25).Questions);
        Assert.Equal(["第三条的问题"], ezhou.Clauses.Single(c => c.Ordinal == 3).Questions);
        Assert.Contains(loaded.Errors, e => e.Contains($"{file}:2") && e.Contains("before any"));
        Assert.Contains(loaded.Errors, e => e.Contains($"{file}:6") && e.Contains("no clause 99"));
        Assert.Contains(loaded.Errors, e => e.Contains($"{file}:8") && e.Contains("labelled"));
        Assert.Contains(loaded.Errors, e => e.Contains($"{file}:12") && e.Contains("clause number"));
        Assert.Contains(loaded.Errors, e => e.Contains("no-such-document"));
        Assert.Equal(5, loaded.Documents.Count);
    }

    [Fact]
    public void Load_QuestionsChangeTheFingerprint_SoTheIndexIsRebuilt()
    {
        var root = KnowledgeBaseTests.CopyKnowledge(kb.Root);
        var before = KnowledgeBase.ComputeFingerprint(root);
        File.AppendAllText(RelatedQuestions.FileFor(root, kb.Doc("ezhou")), "\n## 25\n新加的问题\n");
        Assert.NotEqual(before, KnowledgeBase.ComputeFingerprint(root));
    }
}

using PolicyBot.Knowledge.Scope;

namespace PolicyBot.Knowledge.Tests.Scope;

public sealed class PolicyScopeTests(KnowledgeFixture kb) : IClassFixture<KnowledgeFixture>
{
    private PolicyScope Scope => PolicyScope.Load(Path.Combine(kb.Root, "scope.yaml"));

    [Theory]
    [InlineData("个人所得税专项附加扣除子女教育怎么填", "个人所得税")]
    [InlineData("社保从湛江转到广州怎么办", "个人社保关系和待遇")]
    [InlineData("住房公积金怎么提取出来买房", "住房公积金提取和贷款")]
    [InlineData("注册公司要什么材料", "企业登记注册和注销")]
    public void Outside_ASubjectNoPolicyAnswers_WithWhomToAsk(string question, string subject)
    {
        var outside = Scope.Outside(question, "降低企业社保缴费比例，阶段性降低失业保险费率。");
        Assert.NotNull(outside);
        Assert.Equal(subject, outside.Subject);
        Assert.False(string.IsNullOrWhiteSpace(outside.Refer));
    }

    [Fact]
    public void Outside_NotWhenTheClauseSpeaksOfTheSubject() =>
        Assert.Null(Scope.Outside("商标注册有奖励吗", "对新获得注册商标的企业给予奖励"));

    [Theory]
    [InlineData("社保费能缓缴吗")]
    [InlineData("招大学生有补贴吗")]
    [InlineData("能不能降低保险费率")]
    [InlineData("工伤保险费率下调多少")]
    public void Outside_NotForQuestionsThePoliciesAnswer(string question) =>
        Assert.Null(Scope.Outside(question, "阶段性缓缴社会保险费"));

    [Fact]
    public void Sweep_NoOutsideWord_IsInsideAnOrdinaryPhraseOfTheDocuments()
    {
        // An outside word that the documents themselves contain would make a question about them "outside".
        var text = string.Concat(kb.Knowledge.Documents.SelectMany(d => d.Clauses).Select(c => c.Text));
        var words = File.ReadLines(Path.Combine(kb.Root, "scope.yaml"))
            .Where(l => l.TrimStart().StartsWith("words:", StringComparison.Ordinal))
            .SelectMany(l => l[(l.IndexOf('[') + 1)..l.LastIndexOf(']')].Split(',', StringSplitOptions.TrimEntries))
            .Where(w => !w.Contains('…'));
        Assert.All(words, w => Assert.DoesNotContain(w, text));
    }
}

using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Lexicon;
using PolicyBot.Search.Analysis;

namespace PolicyBot.Search.Tests.Analysis;

public sealed class WordTokenizerTests
{
    private static readonly DomainLexicon Lexicon = DomainLexicon.Load(Path.Combine(KnowledgePaths.FindUpward("knowledge", AppContext.BaseDirectory)!, "lexicon"));

    private static List<string> Tokens(string text, DomainLexicon lexicon, Segmenter segmenter = Segmenter.Icu)
    {
        var list = new List<(int, int, string Text)>();
        new WordSegmenter(segmenter, lexicon).Segment(text, list);
        return list.Select(t => t.Text).ToList();
    }

    [Theory]
    [InlineData(Segmenter.Icu)]
    [InlineData(Segmenter.SmartCn)]
    public void Segment_EitherSegmenter_CutsWordsAndKeepsLexiconTerms(Segmenter segmenter)
    {
        var tokens = Tokens("对增值税小规模纳税人减征六税两费", Lexicon, segmenter);
        Assert.Contains("小规模纳税人", tokens);
        Assert.Contains("六税两费", tokens);
        Assert.Contains("减征", tokens);
        Assert.DoesNotContain(tokens, t => t.Length == 0 || !t.Any(char.IsLetterOrDigit));
    }

    [Theory]
    [InlineData("对增值税小规模纳税人减征", "小规模纳税人")]
    [InlineData("获评专精特新小巨人企业", "专精特新")]
    [InlineData("扩大六税两费减征范围", "六税两费")]
    public void Segment_DomainTerm_IsKeptWholeBesideTheIcuWords(string text, string term)
    {
        Assert.DoesNotContain(term, Tokens(text, DomainLexicon.Empty));
        Assert.Contains(term, Tokens(text, Lexicon));
    }

    [Fact]
    public void Segment_PunctuationMakesNoToken()
    {
        Assert.DoesNotContain("，", Tokens("税费，金融。", Lexicon));
    }

    [Fact]
    public void Synonyms_OwnersWordsMapToDocumentWords()
    {
        Assert.Contains("租金", Lexicon.Synonyms["房租"]);
        Assert.Contains("吸纳就业", Lexicon.Synonyms["招人"]);
        Assert.Contains("佣金", Lexicon.Synonyms["提成"]);
    }
}

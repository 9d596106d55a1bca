using PolicyBot.Knowledge.Text;

namespace PolicyBot.Knowledge.Tests.Text;

public sealed class TextNormalizerTests(KnowledgeFixture kb) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void NormalizeLine_PdfGlyphsFullWidthDigitsAndSpaces_AreRepaired()
    {
        var rules = TextRules.Load(Path.Combine(kb.Root, "text"));
        Assert.Equal("2022年度将中小微企业返还比例从60%最高提至90%。", TextNormalizer.NormalizeLine("２０２２ 年度将中小微企业返还比例从 ６０％ 最高提至 ９０％ ꎮ", rules));
        Assert.Equal("粤办函〔2022〕41号", TextNormalizer.NormalizeLine("粤办函 〔２０２２〕 ４１ 号", rules));
        Assert.Equal("推广智能终端和4K/8K超高清电视", TextNormalizer.NormalizeLine("推广智能终端和 ４Ｋ / ８Ｋ 超高清电视", rules));
    }

    [Fact]
    public void CollapseSpaces_KeepsOneSpaceBetweenLatinWords()
    {
        Assert.Equal("Made in China制造", TextNormalizer.CollapseSpaces("Made   in China 制造"));
    }
}

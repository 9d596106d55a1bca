using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Tests.Documents;

public sealed class ClauseReferenceTests
{
    [Theory]
    [InlineData("鄂州第二十五条", 25, "鄂州")]
    [InlineData("粤办函41号第二十条", 20, "粤办函41号")]
    [InlineData("湛府办函44号第十二项", 12, "湛府办函44号")]
    [InlineData("忻州那个文件第58条", 58, "忻州那个文件")]
    [InlineData("鄂州政策第3条讲的什么", 3, "鄂州政策讲的什么")]
    [InlineData("惠州一般贸易行动计划 第20项", 20, "惠州一般贸易行动计划 ")]
    [InlineData("粤办函〔2022〕41号 第（五）条", 5, "粤办函〔2022〕41号 ")]
    [InlineData("湛江（十三）条", 13, "湛江")]
    [InlineData("第3点", 3, "")]
    public void Parse_TheFormsCallersUse(string text, int ordinal, string rest)
    {
        var r = ClauseReference.Parse(text);
        Assert.NotNull(r);
        Assert.Equal(ordinal, r.Ordinal);
        Assert.Equal(rest, r.DocumentPhrase);
    }

    [Theory]
    [InlineData("房租能减免吗")]
    [InlineData("第二批专精特新")]
    [InlineData("三点五个百分点")]
    [InlineData("第零条")]
    public void Parse_NoClauseReference_IsNull(string text) => Assert.Null(ClauseReference.Parse(text));

    [Theory]
    [InlineData("粤办函41号", "粤办函〔2022〕41号", true)]
    [InlineData("粤办函〔2022〕41号", "粤办函〔2022〕41号", true)]
    [InlineData("粤办函[2022]41号", "粤办函〔2022〕41号", true)]
    [InlineData("请问粤办函41号", "粤办函〔2022〕41号", true)]
    [InlineData("粤办函2022年41号", "粤办函〔2022〕41号", true)]
    [InlineData("粤办函〔2021〕41号", "粤办函〔2022〕41号", false)]
    [InlineData("粤办函42号", "粤办函〔2022〕41号", false)]
    [InlineData("湛府办函41号", "粤办函〔2022〕41号", false)]
    [InlineData("41号文", "粤办函〔2022〕41号", true)]
    [InlineData("44号文", "粤办函〔2022〕41号", false)]
    public void DocumentNumber_NamesADocumentWithOrWithoutItsYear(string said, string number, bool names)
    {
        var n = DocumentNumber.Find(said);
        Assert.NotNull(n);
        Assert.Equal(names, n.Names(number));
    }
}

namespace PolicyBot.Cli.Tests;

public sealed class ShowCommandTests
{
    [Fact]
    public async Task Show_ClauseWithTaskTableRows_PrintsEachRowOnce()
    {
        var (code, output, _) = await CliRunner.RunAsync("", "show", "湛江", "十三");

        Assert.Equal(0, code);
        var rows = output.Split('\n').Where(l => l.TrimStart().StartsWith("分工", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("   分工(19) 引导金融机构用好用足专项再贷款，提升贷款差异化定价能力，合理确定小微企业贷款利率。", rows[0].TrimEnd('\r'));
        Assert.StartsWith("   分工(20) 完善中小企业信贷风险补偿金工作机制", rows[1]);
        Assert.Equal(1, Occurrences(rows[1], "完善中小企业信贷风险补偿金工作机制"));
    }

    [Theory]
    [InlineData("鄂州第二十五条")]
    [InlineData("鄂州 第二十五条")]
    public async Task Show_DocumentAndClauseAsWritten_PrintThatClause(string reference)
    {
        var (code, output, error) = await CliRunner.RunAsync("", ["show", .. reference.Split(' ')]);

        Assert.True(code == 0, error);
        Assert.Contains("第(二十五)条 支持企业稳岗留工", output);
        Assert.Contains("责任部门：市人社局", output);
    }

    [Fact]
    public async Task Show_DocumentAndClauseAsTwoArguments_PrintThatClause()
    {
        var (code, output, _) = await CliRunner.RunAsync("", "show", "鄂州", "二十五");

        Assert.Equal(0, code);
        Assert.Contains("第(二十五)条 支持企业稳岗留工", output);
    }

    [Fact]
    public async Task Show_ClauseTheDocumentDoesNotHave_SaysSoAndFails()
    {
        var (code, output, error) = await CliRunner.RunAsync("", "show", "鄂州第九十九条");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("没有第99条", error);
    }

    [Fact]
    public async Task Show_ArgumentThatIsNoClauseReference_ExplainsHowToAsk()
    {
        var (code, _, error) = await CliRunner.RunAsync("", "show", "房租减免");

        Assert.Equal(2, code);
        Assert.Contains("show 鄂州第二十五条", error);
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}

using System.Text.Json.Nodes;
using PolicyBot.Knowledge;

namespace PolicyBot.Cli.Tests;

public sealed class AskCommandTests
{
    private static readonly string Knowledge = KnowledgePaths.FindUpward("knowledge", AppContext.BaseDirectory)!;
    private static readonly string Data = Path.Combine(Path.GetTempPath(), $"pb-cli-{Guid.NewGuid():N}");

    private static async Task<(int Code, string Out, string Err)> RunAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var all = args.Concat(["--knowledge", Knowledge, "--data", Data, "--as-of", "2026-11-23"]).ToArray();
        var code = await CliApp.RunAsync(all, new StringReader(stdin), output, error, TimeProvider.System);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task AskJsonl_BadLinesGiveErrorObjects_AndTheRestIsStillAnswered()
    {
        var input = string.Join('\n',
            "{\"id\":\"a\",\"q\":\"鄂州首贷户贴息政策\",\"profile\":null}",
            "this is not json",
            "{\"id\":\"b\"}",
            "[1,2]",
            "{\"id\":\"c\",\"q\":\"湛江第十三条\",\"profile\":{\"city\":\"湛江\"}}");
        var (code, output, _) = await RunAsync(input, "ask", "--jsonl");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(5, lines.Count);
        Assert.Equal(35, (int)lines[0]["results"]![0]!["clause"]!["ordinal"]!);
        Assert.NotNull(lines[1]["error"]);
        Assert.Equal("b", (string?)lines[2]["id"]);
        Assert.Contains("q", (string)lines[2]["error"]!);
        Assert.NotNull(lines[3]["error"]);
        Assert.Equal("（十三）", (string?)lines[4]["results"]![0]!["clause"]!["label"]);
        Assert.Equal("湛府办函〔2022〕44号", (string?)lines[4]["results"]![0]!["document"]!["number"]);
    }

    [Fact]
    public async Task Ask_WhitespaceQuestion_ExplainsInOneLine()
    {
        var (code, output, _) = await RunAsync("", "ask", "   ");
        Assert.Equal(0, code);
        Assert.Contains("问题是空的", output);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Ask_ReadableAnswer_ShowsCitationDepartmentAndValidity()
    {
        var (_, output, _) = await RunAsync("", "ask", "湛江 房租减免", "--top", "1");
        Assert.Contains("《湛江市促进工业经济平稳增长若干措施》（湛府办函〔2022〕44号）第（七）条", output);
        Assert.Contains("责任部门：市国资委", output);
        Assert.Contains("已过期", output);
    }

    [Fact]
    public async Task Index_PrintsTheParseReportPerDocument()
    {
        var (code, output, _) = await RunAsync("", "index");
        Assert.Equal(0, code);
        Assert.Contains("条款 35 | 分工表条目 87", output);
        Assert.Contains("文号 粤办函〔2022〕41号", output);
    }

    [Fact]
    public async Task UnknownOption_IsRejectedWithUsage()
    {
        var (code, _, error) = await RunAsync("", "ask", "x", "--colour", "red");
        Assert.Equal(2, code);
        Assert.Contains("unknown option --colour", error);
    }
}

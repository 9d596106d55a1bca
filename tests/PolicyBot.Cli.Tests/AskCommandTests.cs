using System.Text.Json.Nodes;

namespace PolicyBot.Cli.Tests;

public sealed class AskCommandTests
{
    private static Task<(int Code, string Out, string Err)> RunAsync(string stdin, params string[] args) => CliRunner.RunAsync(stdin, args);

    private static List<JsonObject> JsonLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();

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
        var lines = JsonLines(output);
        Assert.Equal(5, lines.Count);
        Assert.Equal(35, (int)lines[0]["results"]![0]!["clause"]!["ordinal"]!);
        Assert.NotNull(lines[1]["error"]);
        Assert.Equal("b", (string?)lines[2]["id"]);
        Assert.Contains("q", (string)lines[2]["error"]!);
        Assert.NotNull(lines[3]["error"]);
        Assert.Equal("（十三）", (string?)lines[4]["results"]![0]!["clause"]!["label"]);
        Assert.Equal("湛府办函〔2022〕44号", (string?)lines[4]["results"]![0]!["document"]!["number"]);
    }

    [Theory]
    [InlineData("this is not json", "not JSON")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("{\"id\":\"x\"}", "missing \"q\"")]
    [InlineData("{\"q\":42}", "\"q\" must be a string")]
    [InlineData("{\"q\":\"房租减免\",\"profile\":\"湛江\"}", "\"profile\" must be an object")]
    [InlineData("{\"q\":\"房租减免\",\"profile\":{\"city\":7}}", "\"profile.city\" must be a string")]
    [InlineData("{\"q\":\"房租减免\",\"top\":\"3\"}", "\"top\" must be a whole number")]
    [InlineData("{\"q\":\"房租减免\",\"top\":0}", "\"top\" must be a whole number")]
    [InlineData("{\"id\":[1],\"q\":\"房租减免\"}", "\"id\" must be a string or a number")]
    public async Task AskJsonl_MalformedLine_GetsAnErrorNamingItsLineNumber_AndTheNextLineIsAnswered(string bad, string reason)
    {
        var input = string.Join('\n', "{\"id\":\"a\",\"q\":\"湛江 房租减免\"}", "", bad, "{\"id\":\"c\",\"q\":\"湛江 房租减免\"}");

        var (code, output, _) = await RunAsync(input, "ask", "--jsonl");

        Assert.Equal(0, code);
        var lines = JsonLines(output);
        Assert.Equal(3, lines.Count);
        var error = lines[1];
        Assert.Equal(3, (int)error["line"]!);
        Assert.StartsWith("line 3: ", (string)error["error"]!);
        Assert.Contains(reason, (string)error["error"]!);
        Assert.False((bool)error["confident"]!);
        Assert.Empty(error["results"]!.AsArray());
        Assert.True(error.ContainsKey("id"));
        Assert.Equal("c", (string?)lines[2]["id"]);
        Assert.NotEmpty(lines[2]["results"]!.AsArray());
        Assert.False(lines[2].ContainsKey("error"));
    }

    [Fact]
    public async Task AskJsonl_NumericIdAndNullProfile_AreAccepted()
    {
        var (_, output, _) = await RunAsync("{\"id\":7,\"q\":\"湛江 房租减免\",\"profile\":null,\"top\":2}", "ask", "--jsonl");

        var line = Assert.Single(JsonLines(output));
        Assert.Equal("7", (string?)line["id"]);
        Assert.Equal(2, line["results"]!.AsArray().Count);
    }

    [Fact]
    public async Task Ask_WhitespaceQuestion_ExplainsInOneLine()
    {
        var (code, output, _) = await RunAsync("", "ask", "   ");
        Assert.Equal(0, code);
        // Worded by dialogs/replies.yaml (empty_message), like every sentence a user reads.
        Assert.Contains("好像没收到文字内容", output);
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

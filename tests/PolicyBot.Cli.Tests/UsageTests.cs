namespace PolicyBot.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    [InlineData("ask", "--help")]
    [InlineData("show", "-h")]
    public async Task HelpAskedFor_PrintsUsageOnStdoutAndSucceeds(params string[] args)
    {
        var (code, output, error) = await CliRunner.RunBareAsync(args);

        Assert.Equal(0, code);
        Assert.StartsWith("usage: policybot <command>", output);
        Assert.Contains("show <document><clause>", output);
        Assert.Empty(error);
    }

    [Fact]
    public async Task NoCommand_PrintsUsageOnStderrAndFails()
    {
        var (code, output, error) = await CliRunner.RunBareAsync();

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("usage: policybot", error);
    }

    [Fact]
    public async Task UnknownCommand_IsNamedWithTheUsage()
    {
        var (code, _, error) = await CliRunner.RunBareAsync("serve");

        Assert.Equal(2, code);
        Assert.Contains("unknown command serve", error);
        Assert.Contains("usage: policybot", error);
    }
}

using PolicyBot.Web.Tests.Infrastructure;

namespace PolicyBot.Web.Tests.Clients;

/// <summary>The official DirectLineJS client, run by Node against the app on a real loopback port.</summary>
public sealed class DirectLineJsClientTests
{
    private static readonly string ClientsDirectory =
        Path.Combine(ExternalProcess.RepositoryRoot(), "tests", "PolicyBot.Web.Tests", "clients");

    [Theory]
    [InlineData("polling", "")]
    [InlineData("websocket", "--websocket")]
    public async Task DirectLineJs_ReceivesWelcomeEchoAndReply(string mode, string flag)
    {
        await using var factory = new PolicyBotWebFactory();
        var baseAddress = factory.StartOnLoopback();
        Assert.True(System.Net.IPAddress.IsLoopback(System.Net.IPAddress.Parse(baseAddress.Host)));

        await ClientPackages.EnsureInstalledAsync(ClientsDirectory);

        var (exit, output) = await ExternalProcess.RunAsync(
            "node", $"directline-client.js {baseAddress.GetLeftPart(UriPartial.Authority)} {flag}", ClientsDirectory, TimeSpan.FromSeconds(60));

        Assert.True(exit == 0, "DirectLineJS client failed:\n" + output);
        Assert.Contains($"\"mode\":\"{mode}\"", output);
        Assert.Contains("\"welcome\":\"welcome dl_", output);
        Assert.Contains("\"text\":\"echo: hello from DirectLineJS\"", output);
        Assert.Contains(factory.Bot.Received, a => a.Text == "hello from DirectLineJS" && a.ChannelId == "directline");
    }
}

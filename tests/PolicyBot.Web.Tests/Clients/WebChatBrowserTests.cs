using PolicyBot.Web.Tests.Infrastructure;

namespace PolicyBot.Web.Tests.Clients;

/// <summary>
/// The embedded official Web Chat in Debian's Chromium, driven by playwright-core: welcome, profile in one sentence,
/// the measures, a question and a lookup, then the conversation checks of issue 6 (another city's clause leaves the
/// profile's city, owners' words, "您是不是想问" and its buttons, a subject outside the policies, a greeting, English,
/// a city no document covers) — the real bot over the real index. tests/run installs Chromium.
/// </summary>
public sealed class WebChatBrowserTests
{
    private static readonly string ClientsDirectory =
        Path.Combine(ExternalProcess.RepositoryRoot(), "tests", "PolicyBot.Web.Tests", "clients");

    [Fact]
    public async Task WebChat_InChromium_GuidesTheOwnerToCitedAnswers()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), $"Chromium not found at {chromium}: run tests/run (it installs Debian's chromium) or set CHROMIUM_PATH.");
        await using var factory = new RealBotWebFactory();
        var baseAddress = factory.StartOnLoopback();
        await ClientPackages.EnsureInstalledAsync(ClientsDirectory);

        var screenshot = Path.Combine(Path.GetTempPath(), "policybot-webchat.png");
        var (exit, output) = await ExternalProcess.RunAsync(
            "node", $"webchat-browser.mjs {baseAddress.GetLeftPart(UriPartial.Authority)}/ {screenshot}", ClientsDirectory, TimeSpan.FromSeconds(300));

        Assert.True(exit == 0, "Web Chat in Chromium failed:\n" + output);
        Assert.Contains(
            "\"steps\":[\"welcome\",\"profile\",\"measures\",\"answer\",\"lookup\",\"lookup-elsewhere\",\"profile-kept\",\"everyday-words\","
            + "\"did-you-mean\",\"candidate-chosen\",\"outside-scope\",\"greeting\",\"english\",\"uncovered-city\"]",
            output);
        Assert.Contains("\"pageErrors\":[]", output);
    }
}

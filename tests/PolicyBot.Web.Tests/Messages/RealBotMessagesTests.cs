using System.Net.Http.Json;
using System.Text.Json;
using PolicyBot.Web.Tests.Infrastructure;

namespace PolicyBot.Web.Tests.Messages;

/// <summary>/api/messages with expectReplies, answered by the real dialogs over the real index.</summary>
public sealed class RealBotMessagesTests(RealBotWebFactory factory) : IClassFixture<RealBotWebFactory>
{
    [Fact]
    public async Task ExpectReplies_ProfileThenQuestion_AnswersWithCitationDepartmentAndStatus()
    {
        var client = factory.CreateClient();
        async Task<string> SayAsync(string text)
        {
            var response = await client.PostAsJsonAsync("/api/messages", new
            {
                type = "message",
                text,
                deliveryMode = "expectReplies",
                channelId = "msteams",
                serviceUrl = "https://smba.trafficmanager.net/amer/",
                from = new { id = "29:owner" },
                recipient = new { id = "28:policybot" },
                conversation = new { id = "a:real-bot-1" },
                locale = "zh-CN",
            });
            response.EnsureSuccessStatusCode();
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return string.Join("\n", body.RootElement.GetProperty("activities").EnumerateArray()
                .Where(a => a.GetProperty("type").GetString() == "message")
                .Select(a => a.GetProperty("text").GetString()));
        }

        Assert.Contains("湛江市", await SayAsync("湛江的制造业小厂，30个人"));
        var answer = await SayAsync("房租能减免吗");
        Assert.Contains("《湛江市促进工业经济平稳增长若干措施》（湛府办函〔2022〕44号）第（七）条", answer);
        Assert.Contains("市国资委", answer);
        Assert.Contains("已过期", answer);
    }
}

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

        Assert.Contains("湛江市", Text(await SayAsync(client, "a:real-bot-1", "湛江的制造业小厂，30个人")));
        var answer = Text(await SayAsync(client, "a:real-bot-1", "房租能减免吗"));
        Assert.Contains("《湛江市促进工业经济平稳增长若干措施》（湛府办函〔2022〕44号）第（七）条", answer);
        Assert.Contains("市国资委", answer);
        Assert.Contains("已过期", answer);
    }

    [Fact]
    public async Task ExpectReplies_LookupAndQuestionAboutAnotherCity_LeaveTheCityUntilTheOwnerSaysYes()
    {
        var client = factory.CreateClient();
        const string conversation = "a:real-bot-city";
        await SayAsync(client, conversation, "湛江的制造业小厂，30个人");

        var lookup = Text(await SayAsync(client, conversation, "鄂州第二十五条"));
        var question = await SayAsync(client, conversation, "鄂州有担保费补贴吗");
        var kept = Text(await SayAsync(client, conversation, "否"));
        await SayAsync(client, conversation, "鄂州有担保费补贴吗");
        var switched = Text(await SayAsync(client, conversation, "是"));

        Assert.Contains("稳岗留工", lookup);
        Assert.Contains("这一条是鄂州市的措施，不适用于湛江市", lookup);
        Assert.DoesNotContain("要把城市改成", lookup);
        var offer = question[^1];
        Assert.Equal("要把城市改成鄂州市吗？", offer.GetProperty("text").GetString());
        Assert.Equal("expectingInput", offer.GetProperty("inputHint").GetString());
        Assert.Equal(["是", "否"], offer.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Contains("城市：湛江市", kept);
        Assert.Contains("已更正为：城市：鄂州市", switched);
        Assert.Contains("适用的措施共", switched);
    }

    [Theory]
    [InlineData("你好", "惠企政策助手")]
    [InlineData("武汉", "武汉市的政策我这里还没有收录")]
    [InlineData("What subsidies can I get?", "I can only answer in Chinese")]
    public async Task ExpectReplies_NewUsersFirstMessage_GetsTheRightKindOfReply(string first, string expected)
    {
        var client = factory.CreateClient();

        var reply = Text(await SayAsync(client, "a:real-bot-first:" + first, first));

        Assert.Contains(expected, reply);
        Assert.DoesNotContain("没认出这个地名", reply);
        Assert.DoesNotContain("没找到可靠的答案", reply);
    }

    [Fact]
    public async Task NoncharacterInAMessage_NeitherFailsTheTurnNorWipesTheProfile()
    {
        var client = factory.CreateClient();
        const string conversation = "a:real-bot-fffe";
        await SayAsync(client, conversation, "惠州的制造业小厂，30个人");

        var odd = Text(await SayAsync(client, conversation, "房租\uFFFE能减免吗"));
        var profile = Text(await SayAsync(client, conversation, "我的信息"));

        Assert.DoesNotContain("出了点问题", odd);
        Assert.Contains("惠州市", odd);
        Assert.Contains("城市：惠州市", profile);
    }

    /// <summary>Posts one message as Teams would with expectReplies and returns the message activities of the reply.</summary>
    private static async Task<IReadOnlyList<JsonElement>> SayAsync(HttpClient client, string conversation, string text)
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
            conversation = new { id = conversation },
            locale = "zh-CN",
        });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("activities").EnumerateArray()
            .Where(a => a.GetProperty("type").GetString() == "message")
            .Select(a => a.Clone())
            .ToList();
    }

    private static string Text(IReadOnlyList<JsonElement> activities) =>
        string.Join("\n", activities.Select(a => a.GetProperty("text").GetString()));
}

using PolicyBot.Dialogs.Tests.Fakes;
using PolicyBot.Schema;

namespace PolicyBot.Dialogs.Tests.Dialogs;

public sealed class TurnProtocolTests
{
    [Fact]
    public async Task ConversationUpdate_BotAddedAlone_SendsNothing()
    {
        var bot = new BotDriver();

        Assert.Empty(await bot.JoinAsync("c1", "bot-1"));
    }

    [Fact]
    public async Task ConversationUpdate_UserAdded_WelcomesOnceAndAsksTheFirstQuestion()
    {
        var bot = new BotDriver();

        var first = await bot.JoinAsync("c1", "bot-1", "user-1");
        var second = await bot.JoinAsync("c1", "user-1");

        Assert.Equal(2, first.Count);
        Assert.Contains("惠企政策助手", first[0].Text);
        Assert.Equal(InputHints.ExpectingInput, first[^1].InputHint);
        Assert.Empty(second);
    }

    [Fact]
    public async Task Question_HasExpectingInputAndAtMostThreeImBackChoices()
    {
        var bot = new BotDriver();

        var replies = await bot.SayAsync("湛江");

        var ask = replies[^1];
        Assert.Equal(InputHints.ExpectingInput, ask.InputHint);
        var actions = ask.SuggestedActions!.Actions;
        Assert.InRange(actions.Count, 1, 3);
        Assert.All(actions, a => { Assert.Equal("imBack", a.Type); Assert.Equal(a.Title, a.Value); });
        Assert.Contains(actions, a => a.Title == "制造业");
        Assert.All(replies.Where(r => r.Type == ActivityTypes.Message), r =>
        {
            Assert.Equal("zh-CN", r.Locale);
            Assert.Equal("markdown", r.TextFormat);
        });
    }

    [Fact]
    public async Task TurnThatSearches_SendsTypingFirst_AndStatementsAcceptInput()
    {
        var bot = new BotDriver();

        var prompt = await bot.SayAsync("湛江");
        var listing = await bot.SayAsync("小型制造业");

        Assert.DoesNotContain(prompt, r => r.Type == ActivityTypes.Typing);
        Assert.Equal(ActivityTypes.Typing, listing[0].Type);
        Assert.All(listing.Skip(1), r => Assert.Equal(InputHints.AcceptingInput, r.InputHint));
    }

    [Fact]
    public async Task Listing_LongerThanAPage_OffersMoreAndContinues()
    {
        var bot = new BotDriver(configure: o => o.MeasuresPerPage = 2);

        var first = await bot.SayAsync("廉江的小型制造业企业");
        var more = await bot.SayAsync("更多");
        var last = await bot.SayAsync("更多");
        var none = await bot.SayAsync("更多");

        Assert.Contains("第 1–2 条", BotDriver.Text(first));
        Assert.Contains(first, r => r.SuggestedActions?.Actions.Any(a => a.Title == "更多") == true);
        Assert.Contains("第 3–4 条", BotDriver.Text(more));
        Assert.Contains("第 5–6 条", BotDriver.Text(last));
        Assert.Contains("以上就是全部", BotDriver.Text(last));
        Assert.Contains("没有更多了", BotDriver.Text(none));
    }

    [Fact]
    public async Task Listing_ExpiredMeasuresComeAfterCurrentOnes()
    {
        var bot = new BotDriver();

        var text = BotDriver.Text(await bot.SayAsync("廉江的小型制造业企业"));

        var lastCurrent = text.LastIndexOf("｜有效）", StringComparison.Ordinal);
        var firstExpired = text.IndexOf("｜已过期）", StringComparison.Ordinal);
        Assert.True(lastCurrent > 0 && firstExpired > lastCurrent, text);
    }

    [Fact]
    public async Task MeasureCards_AttachAnAdaptiveCard15WithoutSuggestedActions()
    {
        var bot = new BotDriver(configure: o => o.MeasureCards = true);

        var replies = await bot.SayAsync("廉江的小型制造业企业");

        var withCard = Assert.Single(replies, r => r.Attachments is { Count: > 0 });
        Assert.Null(withCard.SuggestedActions);
        var attachment = withCard.Attachments![0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var json = System.Text.Json.JsonSerializer.Serialize(attachment.Content);
        Assert.Contains("\"version\":\"1.5\"", json);
        Assert.True(System.Text.Encoding.Unicode.GetByteCount(json) < 25_000);
    }

    [Fact]
    public async Task Search_ReceivesTheProfileAndTodayFromTheClock()
    {
        var bot = new BotDriver();

        await bot.SayAsync("我是廉江一家做水产加工的小厂，40来个人");
        await bot.SayAsync("房租能减免吗");

        var request = bot.Search.Requests[^1]; // the answer's search; the first message was probed as a possible question too
        Assert.Equal(new DateOnly(2026, 11, 23), request.AsOf);
        Assert.Equal(new PolicyBot.Knowledge.Profiles.CompanyProfile("湛江市", "制造业", "小型"), request.Profile);
    }

    [Fact]
    public async Task QuestionAboutAnotherCity_IsSearchedThereWithTheProfilesIndustryAndSize()
    {
        var bot = new BotDriver();
        await bot.SayAsync("湛江的小型制造业企业");

        await bot.SayAsync("鄂州的担保费补贴有吗");

        Assert.Equal(new PolicyBot.Knowledge.Profiles.CompanyProfile("鄂州市", "制造业", "小型"), bot.Search.Requests[^1].Profile);
    }

    [Fact]
    public async Task CityOffer_IsAQuestionWithYesAndNoButtons()
    {
        var bot = new BotDriver();
        await bot.SayAsync("湛江的小型制造业企业");

        var offer = (await bot.SayAsync("鄂州的担保费补贴有吗"))[^1];

        Assert.Equal("要把城市改成鄂州市吗？", offer.Text);
        Assert.Equal(InputHints.ExpectingInput, offer.InputHint);
        Assert.Equal(["是", "否"], offer.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task CityWithNoDocuments_OffersTheChangeCityButton_WhichWorks()
    {
        var bot = new BotDriver();

        var replies = await bot.SayAsync("武汉");
        var button = replies.SelectMany(r => r.SuggestedActions?.Actions ?? []).Single();
        var next = await bot.SayAsync(button.Value!.ToString());

        Assert.Equal("换个城市", button.Title);
        Assert.Contains("哪个城市或区县", BotDriver.Text(next));
    }

    [Fact]
    public async Task Help_AsTheFirstMessage_IsFollowedByTheFirstQuestion()
    {
        var bot = new BotDriver();

        var replies = await bot.SayAsync("帮助");

        Assert.Contains("随时可以说", replies[0].Text);
        Assert.Contains("哪个城市或区县", replies[^1].Text);
        Assert.Equal(InputHints.ExpectingInput, replies[^1].InputHint);
    }

    [Fact]
    public async Task OtherActivityTypes_AreIgnored()
    {
        var bot = new BotDriver();

        var replies = await bot.Bot.OnTurnAsync(new Activity { Type = ActivityTypes.Event, Name = "x" }, CancellationToken.None);

        Assert.Empty(replies);
    }

    [Fact]
    public async Task CardSubmit_WithTextInValue_IsReadAsTheMessage()
    {
        var bot = new BotDriver();

        var replies = await bot.Bot.OnTurnAsync(new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "test",
            Conversation = new ConversationAccount("c1"),
            Value = System.Text.Json.JsonDocument.Parse("{\"text\":\"湛江\"}").RootElement,
        }, CancellationToken.None);

        Assert.Contains("城市：湛江市", BotDriver.Text(replies));
    }

    [Fact]
    public async Task ParallelTurnsInOneConversation_RunOneAtATimeWithoutConflicts()
    {
        var bot = new BotDriver();
        await bot.SayAsync("湛江的小型制造业企业");

        var all = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => bot.SayAsync("贷款贴息"))));

        Assert.All(all, replies => Assert.Contains("第（三）条", BotDriver.Text(replies)));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }
}

using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Profile;
using PolicyBot.Dialogs.Recognition;
using PolicyBot.Dialogs.Tests.Fakes;
using PolicyBot.Knowledge.Profiles;

namespace PolicyBot.Dialogs.Tests.Recognition;

public sealed class RecognitionTests
{
    private static readonly DialogCatalog Catalog = DialogCatalogLoader.Load(RepoPaths.Dialogs);
    private static readonly ProfileRecognizer Recognizer = new(
        Catalog, BotDriver.Regions, IndustryCatalog.Load(Path.Combine(RepoPaths.Knowledge, "industries.yaml")));

    [Theory]
    [InlineData("40来个人", 40, null, null, true)]
    [InlineData("员工45名", 45, null, null, false)]
    [InlineData("四十多人，营收两千万", 40, 2000, null, true)]
    [InlineData("营业收入1.2亿，资产3000万", null, 12000, 3000, false)]
    [InlineData("一年卖800多万", null, 800, null, true)]
    public void FigureRecognizer_FindsPeopleRevenueAndAssets(string text, int? people, int? revenue, int? assets, bool approx)
    {
        var f = FigureRecognizer.Recognize(text);

        Assert.Equal(people, (int?)f.People);
        Assert.Equal(revenue, (int?)f.Revenue);
        Assert.Equal(assets, (int?)f.Assets);
        Assert.Equal(approx, f.Approximate);
    }

    [Fact]
    public void FigureRecognizer_BareNumber_AnswersTheExpectedIndicatorOnly()
    {
        Assert.Equal(300, FigureRecognizer.Recognize("大概300", SizeIndicator.Revenue).Revenue);
        Assert.True(FigureRecognizer.Recognize("大概300").IsEmpty);
    }

    [Fact]
    public void ProfileRecognizer_AllInOne_FillsPlaceIndustrySizeAndHeadcount()
    {
        var u = Recognizer.Recognize("我是廉江一家做水产加工的小厂，40来个人");

        Assert.Equal("湛江市", u.Place?.City);
        Assert.Equal("廉江市", u.Place?.County);
        Assert.Equal("制造业", u.Industry?.Name);
        Assert.Equal("小型", u.Size);
        Assert.Equal(40, u.Figures.People);
    }

    [Fact]
    public void ProfileRecognizer_SkipPhrase_IsAnActionOnlyWhenThatSlotAsks()
    {
        var size = Catalog.Slot("size");

        Assert.Equal(ChoiceActions.Derive, Recognizer.Recognize("不知道", size).Action?.Action);
        Assert.Null(Recognizer.Recognize("不知道").Action);
    }

    [Fact]
    public void ProfileRecognizer_ProvinceAlone_IsNotACity()
    {
        Assert.Null(Recognizer.Recognize("广东").Place);
    }

    [Theory]
    [InlineData("北京", "北京市")]
    [InlineData("我们在上海", "上海市")]
    public void ProfileRecognizer_Municipality_IsACity(string text, string city)
    {
        var place = Recognizer.Recognize(text).Place;

        Assert.Equal(city, place?.City);
        Assert.Equal(city, place?.Name);
    }

    [Theory]
    [InlineData("What subsidies can I get?", true)]
    [InlineData("tax relief for SMEs", true)]
    [InlineData("SME贷款有贴息吗", false)]
    [InlineData("粤办函〔2022〕41号 第（五）条", false)]
    [InlineData("ok", false)]
    [InlineData("30 people", true)]
    public void TextShape_IsLatinScript_WhenLatinLettersOutnumberChineseOnes(string text, bool latin)
    {
        Assert.Equal(latin, TextShape.IsLatinScript(text));
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("是的！", true)]
    [InlineData(" 好 的 ", true)]
    [InlineData("否", false)]
    [InlineData("不用了。", false)]
    [InlineData("是鄂州", null)]
    [InlineData("", null)]
    public void ConfirmPhrases_ReadYesNoOrNeither(string text, bool? expected)
    {
        Assert.Equal(expected, Catalog.Confirm.Read(text));
    }
}

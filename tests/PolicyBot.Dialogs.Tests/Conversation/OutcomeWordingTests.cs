using PolicyBot.Dialogs.Conversation;
using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Tests.Fakes;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Search;

namespace PolicyBot.Dialogs.Tests.Conversation;

public sealed class OutcomeWordingTests
{
    private static readonly DialogCatalog Catalog = DialogCatalogLoader.Load(RepoPaths.Dialogs);
    private static readonly OutcomeWording Wording = new(Catalog.Templates, TestDocuments.All);
    private static readonly Coverage Wuhan = new("武汉市", "湖北省", "武汉市", false, []);

    public static TheoryData<SearchOutcome> Outcomes() => new(Enum.GetValues<SearchOutcome>().Where(o => o != SearchOutcome.Answered));

    private static SearchResponse Response(SearchOutcome outcome) => new([], outcome, QueryKind.Question, outcome == SearchOutcome.PlaceNotCovered ? Wuhan : Coverage.Everything(TestDocuments.All))
    {
        Document = TestDocuments.Ezhou,
        RequestedOrdinal = 99,
        Length = 20000,
        Limit = 500,
        Referral = "税务部门",
        OutsideSubject = "个人所得税",
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Explain_EveryOutcomeOtherThanAnAnswer_IsWordedFromDialogsWithEveryPlaceholderFilled(SearchOutcome outcome)
    {
        var text = Wording.Explain(Response(outcome));
        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotMatch(@"\{[a-z_]+\}", text);
    }

    [Fact]
    public void Explain_AnAnswer_NeedsNoExplanation() => Assert.Null(Wording.Explain(Response(SearchOutcome.Answered)));

    [Fact]
    public void Explain_TheFiguresOfTheOutcome_AreInTheSentence()
    {
        Assert.Contains("20000", Wording.Explain(Response(SearchOutcome.TooLong)));
        Assert.Contains("99", Wording.Explain(Response(SearchOutcome.NoSuchClause)));
        Assert.Contains("武汉市", Wording.Explain(Response(SearchOutcome.PlaceNotCovered)));
        Assert.Contains("税务部门", Wording.Explain(Response(SearchOutcome.OutsideScope)));
        Assert.Contains("税务部门", Wording.Explain(Response(SearchOutcome.NotFound)));
    }

    [Fact]
    public void LookupPhrase_IsAReferenceTheSearchReadsBackToTheSameClause()
    {
        var clause = TestDocuments.Ezhou.Clauses[0];
        var phrase = Wording.LookupPhrase(new SearchHit(TestDocuments.Ezhou, clause, 1, ValidityStatus.InForce));
        var reference = ClauseReference.Parse(phrase);
        Assert.NotNull(reference);
        Assert.Equal(clause.Ordinal, reference.Ordinal);
        Assert.Contains("鄂州", reference.DocumentPhrase);
    }

    [Fact]
    public void PlaceNote_ALookupOfAnotherPlacesMeasure_SaysWhereItApplies()
    {
        var hit = new SearchHit(TestDocuments.Ezhou, TestDocuments.Ezhou.Clauses[0], 1, ValidityStatus.InForce);
        var zhanjiang = new Coverage("湛江市", "广东省", "湛江市", true, [TestDocuments.Guangdong, TestDocuments.Zhanjiang]);
        var r = new SearchResponse([hit], SearchOutcome.Answered, QueryKind.Lookup, zhanjiang) { AppliesElsewhere = true };
        Assert.Contains("不适用于湛江市", Wording.PlaceNote(r));
    }
}

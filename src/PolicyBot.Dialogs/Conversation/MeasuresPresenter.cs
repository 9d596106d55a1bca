using System.Text;
using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Profile;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Search;

namespace PolicyBot.Dialogs.Conversation;

/// <summary>
/// Lists the measures that apply to the profile: coverage first (what the knowledge base does and does not hold
/// for the place), then current measures grouped by kind of support, expired ones after, a page at a time.
/// </summary>
public sealed class MeasuresPresenter(IPolicySearch search, PlaceCoverage places, ProfileBuilder builder, MeasureCardBuilder cards)
{
    /// <summary>Shows the page starting at <paramref name="offset"/> (0 = the first, with coverage notes).</summary>
    public void Show(DialogContext dc, int offset)
    {
        var turn = dc.Turn;
        turn.Searched = true;
        var profile = dc.State.Profile;
        var listing = search.MeasuresFor(profile.ToCompanyProfile(), turn.Today);
        var coverage = listing.Coverage;
        if (coverage.NothingApplies)
        {
            turn.Say(turn.T(TemplateIds.NoCoverage, ("place", profile.City ?? coverage.Place), ("regions", places.Regions(turn))),
                [turn.T(TemplateIds.ActionChangeCity)]);
            dc.State.MeasuresShown = dc.State.MeasuresTotal = 0;
            return;
        }

        var measures = Ordered(listing.Measures);
        dc.State.MeasuresTotal = measures.Count;
        if (offset == 0 && profile.City is not null && !coverage.CityCovered && coverage.Documents.Count > 0)
        {
            turn.Say(turn.T(TemplateIds.ProvinceOnly,
                ("place", profile.City), ("cities", places.Cities(turn)), ("province", coverage.Province ?? profile.Province)));
        }

        if (measures.Count == 0)
        {
            turn.Say(turn.T(TemplateIds.NoMeasures));
            return;
        }

        var expired = measures.Count(m => m.Status == ValidityStatus.Expired);
        var page = Page(turn, measures, offset);
        var text = new StringBuilder(turn.T(TemplateIds.MeasuresHeader,
            ("profile", builder.Describe(profile)), ("total", measures.Count), ("from", offset + 1), ("to", offset + page.Count)));
        if (offset == 0 && expired > 0)
        {
            var today = turn.T(TemplateIds.Date, ("year", turn.Today.Year), ("month", turn.Today.Month), ("day", turn.Today.Day));
            var note = expired * 2 >= measures.Count ? TemplateIds.ManyExpired : TemplateIds.SomeExpired;
            text.Append("\n\n").Append(turn.T(note, ("today", today), ("total", measures.Count), ("expired", expired)));
        }

        text.Append("\n\n").Append(Lines(turn, page));
        dc.State.MeasuresShown = offset + page.Count;
        var remaining = measures.Count - dc.State.MeasuresShown;
        if (turn.Options.MeasureCards) turn.SayWithCard(text.ToString(), cards.Build(turn, page));
        else turn.Say(text.ToString());

        if (remaining > 0) turn.Say(turn.T(TemplateIds.MeasuresMore, ("remaining", remaining)), [turn.T(TemplateIds.ActionMore)]);
        else turn.Say(turn.T(TemplateIds.MeasuresEnd));
    }

    /// <summary>Current before expired; within each, grouped by kind in the order kinds first appear.</summary>
    private static List<SearchHit> Ordered(IReadOnlyList<SearchHit> measures)
    {
        var topicOrder = measures.Select(TopicOf).Distinct().Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        return measures
            .Select((m, i) => (m, i))
            .OrderBy(p => p.m.Status == ValidityStatus.Expired ? 1 : 0)
            .ThenBy(p => topicOrder[TopicOf(p.m)])
            .ThenBy(p => p.i)
            .Select(p => p.m)
            .ToList();
    }

    private static string TopicOf(SearchHit hit) => hit.Clause.Topics.Count > 0 ? hit.Clause.Topics[0] : "";

    /// <summary>As many measures from the offset as fit the page size and the reply size limit.</summary>
    private static List<SearchHit> Page(TurnContext turn, List<SearchHit> measures, int offset)
    {
        var page = new List<SearchHit>();
        var chars = 0;
        foreach (var m in measures.Skip(offset).Take(turn.Options.MeasuresPerPage))
        {
            chars += Line(turn, m).Length + 20;
            if (page.Count > 0 && chars > turn.Options.MaxReplyChars - 1000) break;
            page.Add(m);
        }

        return page;
    }

    private static string Lines(TurnContext turn, List<SearchHit> page)
    {
        var sb = new StringBuilder();
        string? topic = null;
        bool? expired = null;
        foreach (var m in page)
        {
            var isExpired = m.Status == ValidityStatus.Expired;
            if (TopicOf(m) != topic || isExpired != expired)
            {
                topic = TopicOf(m);
                expired = isExpired;
                if (sb.Length > 0) sb.Append('\n');
                sb.Append(turn.T(TemplateIds.MeasuresGroup, ("topic", topic.Length > 0 ? topic : turn.T(TemplateIds.TopicOther)))).Append('\n');
            }

            sb.Append(Line(turn, m)).Append('\n');
        }

        return sb.ToString().TrimEnd();
    }

    internal static string Line(TurnContext turn, SearchHit m) => turn.T(TemplateIds.MeasureLine,
        ("citation", m.Citation),
        ("gist", ClauseText.Gist(m.Clause)),
        ("department", m.Clause.Departments.Lead.FirstOrDefault() ?? turn.T(TemplateIds.DepartmentUnknown)),
        ("status", m.Status.Chinese()));
}

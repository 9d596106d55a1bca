using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Schema;
using PolicyBot.Search;

namespace PolicyBot.Dialogs.Conversation;

/// <summary>An Adaptive Card (v1.5, the highest Teams renders for bots) listing one page of measures.</summary>
public sealed class MeasureCardBuilder
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public Attachment Build(TurnContext turn, IReadOnlyList<SearchHit> page)
    {
        var body = new List<object>();
        foreach (var m in page)
        {
            body.Add(new Dictionary<string, object?>
            {
                ["type"] = "Container",
                ["separator"] = body.Count > 0,
                ["items"] = new object[]
                {
                    new Dictionary<string, object?> { ["type"] = "TextBlock", ["text"] = m.Citation, ["weight"] = "Bolder", ["wrap"] = true },
                    new Dictionary<string, object?> { ["type"] = "TextBlock", ["text"] = ClauseText.Gist(m.Clause, 80), ["wrap"] = true },
                    new Dictionary<string, object?>
                    {
                        ["type"] = "TextBlock",
                        ["text"] = MeasuresPresenter.Line(turn, m),
                        ["isSubtle"] = true,
                        ["wrap"] = true,
                        ["color"] = m.Status == ValidityStatus.Expired ? "Attention" : "Default",
                    },
                },
            });
        }

        var card = new Dictionary<string, object?>
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = body,
        };
        return new Attachment(ContentType, card);
    }
}

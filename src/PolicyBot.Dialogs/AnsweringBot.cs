using PolicyBot.Knowledge.Documents;
using PolicyBot.Schema;
using PolicyBot.Search;

namespace PolicyBot.Dialogs;

/// <summary>
/// The first stage of PolicyBot's dialogs: welcomes users, answers free questions and clause lookups
/// with citations, says plainly when nothing answers. The guided profile dialog builds on it (issue 3).
/// </summary>
public sealed class AnsweringBot(IPolicySearch search, Replies replies, TimeProvider clock) : IBot
{
    private const int MaxHits = 3;

    /// <inheritdoc />
    public Task<IReadOnlyList<Activity>> OnTurnAsync(Activity incoming, CancellationToken cancellationToken)
    {
        IReadOnlyList<Activity> result = incoming.Type switch
        {
            ActivityTypes.ConversationUpdate => Welcome(incoming),
            ActivityTypes.Message => Answer(incoming.Text ?? ""),
            _ => [],
        };
        return Task.FromResult(result);
    }

    private IReadOnlyList<Activity> Welcome(Activity incoming)
    {
        var botId = incoming.Recipient?.Id;
        var users = (incoming.MembersAdded ?? []).Where(m => m.Id != botId).ToList();
        return users.Count == 0 ? [] : [Message(replies.Welcome, suggest: true)];
    }

    private IReadOnlyList<Activity> Answer(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return [Message(replies.Empty, suggest: true)];
        if (trimmed is "帮助" or "help" or "?" or "？")
        {
            var docs = string.Join("；", search.Documents.Select(d => d.CitationName));
            return [Message(Replies.Fill(replies.Help, new Dictionary<string, string> { ["documents"] = docs }), suggest: true)];
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var response = search.Search(new SearchRequest(trimmed, Top: MaxHits, AsOf: today));
        var parts = new List<string>();
        if (response.Message is { } m) parts.Add(Replies.Fill(replies.Coverage, new Dictionary<string, string> { ["message"] = m }));
        if (!response.Confident || response.Hits.Count == 0)
        {
            // An invalid question or a failed lookup already says why; a question that found nothing says so honestly.
            if (response.Kind == QueryKind.Question || parts.Count == 0) parts.Add(replies.NotFound);
            return [Typing(), Message(string.Join("\n\n", parts), suggest: true)];
        }

        parts.Add(Replies.Fill(replies.AnswerIntro, new Dictionary<string, string> { ["count"] = response.Hits.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var rank = 0;
        foreach (var hit in response.Hits) parts.Add(Item(++rank, hit, today));
        if (response.Hits.Any(h => h.Status == ValidityStatus.Expired)) parts.Add(replies.ExpiredNote);
        return [Typing(), Message(string.Join("\n\n", parts), suggest: false)];
    }

    private string Item(int rank, SearchHit hit, DateOnly today) => Replies.Fill(replies.AnswerItem, new Dictionary<string, string>
    {
        ["rank"] = rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["citation"] = hit.Citation,
        ["heading"] = hit.Clause.Heading ?? "",
        ["text"] = hit.Clause.Text.Length > 600 ? hit.Clause.Text[..600] + "……" : hit.Clause.Text,
        ["departments"] = hit.Clause.Departments.IsEmpty ? "未载明" : string.Join("、", hit.Clause.Departments.All),
        ["period"] = hit.Clause.Period.Describe(),
        ["today"] = $"{today.Year}年{today.Month}月{today.Day}日",
        ["status"] = hit.Status.Chinese(),
    });

    private static Activity Typing() => new() { Type = ActivityTypes.Typing };

    private Activity Message(string text, bool suggest) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "markdown",
        Locale = "zh-CN",
        InputHint = InputHints.AcceptingInput,
        SuggestedActions = suggest && replies.Suggestions.Count > 0
            ? new SuggestedActions(replies.Suggestions.Select(s => new CardAction("imBack", s, s)).ToList())
            : null,
    };
}

using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Dialogs.Conversation;

/// <summary>Short forms of a clause for listings and answers: gist, lead department, trimmed text.</summary>
public static class ClauseText
{
    private static readonly char[] SentenceEnds = ['。', '；', '！', '？', '\n'];

    /// <summary>The heading, else the first sentence, at most <paramref name="max"/> characters.</summary>
    public static string Gist(Clause clause, int max = 40)
    {
        var text = !string.IsNullOrWhiteSpace(clause.Heading) ? clause.Heading.Trim() : FirstSentence(clause.Text);
        return text.Length <= max ? text : text[..max] + "…";
    }

    /// <summary>The text cut at a sentence end before <paramref name="max"/> characters; Trimmed says whether anything was cut.</summary>
    public static (string Text, bool Trimmed) Excerpt(string text, int max)
    {
        text = text.Trim();
        if (text.Length <= max) return (text, false);
        var cut = text.LastIndexOfAny(SentenceEnds, max - 1);
        return cut >= max / 2 ? (text[..(cut + 1)], true) : (text[..max] + "…", true);
    }

    /// <summary>Departments joined for display, or null when the text names none.</summary>
    public static string? Join(IReadOnlyList<string> departments) => departments.Count == 0 ? null : string.Join("、", departments);

    private static string FirstSentence(string text)
    {
        var t = text.Trim();
        var end = t.IndexOfAny(SentenceEnds);
        return end > 0 ? t[..end] : t;
    }
}

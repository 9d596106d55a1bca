using PolicyBot.Dialogs.Conversation;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Search;

namespace PolicyBot.Cli;

/// <summary>Readable answers for the terminal: citation, heading, text, departments, validity.</summary>
internal static class AnswerText
{
    public static void Write(SearchResponse r, OutcomeWording wording, DateOnly asOf, TextWriter o)
    {
        // Staff see what the bot would say, then the nearest clauses whatever the outcome.
        if ((wording.Explain(r) ?? wording.PlaceNote(r)) is { } said) o.WriteLine($"※ {said}");
        if (r.Confidence is { } c) o.WriteLine($"   （置信度 {c.Probability:0.00}）");
        var rank = 0;
        foreach (var h in r.Hits)
        {
            rank++;
            o.WriteLine();
            o.WriteLine($"{rank}. {h.Citation}{(h.Clause.Heading is { } head ? " " + head : "")}");
            o.WriteLine(Indent(h.Clause.Text));
            foreach (var t in h.Clause.TaskItems) o.WriteLine(Indent($"分工{t.Label} {t.Text}"));
            if (!h.Clause.Departments.IsEmpty)
            {
                var lead = string.Join("、", h.Clause.Departments.Lead);
                var support = h.Clause.Departments.Supporting.Count > 0 ? $"；配合：{string.Join("、", h.Clause.Departments.Supporting)}" : "";
                o.WriteLine($"   责任部门：{lead}{support}");
            }

            o.WriteLine($"   有效期：{h.Clause.Period.Describe()} —— 截至{asOf:yyyy年M月d日}{h.Status.Chinese()}");
        }
    }

    private static string Indent(string text) => "   " + text.Replace("\n", "\n   ");
}

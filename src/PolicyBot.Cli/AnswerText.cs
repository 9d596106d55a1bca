using PolicyBot.Dialogs.Conversation;
using PolicyBot.Dialogs.Definitions;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Search;

namespace PolicyBot.Cli;

/// <summary>Readable answers for the terminal: what the bot would say, then each clause in full (wording in dialogs/command-line.yaml).</summary>
internal static class AnswerText
{
    public static void Write(SearchResponse r, OutcomeWording wording, DateOnly asOf, TextWriter o)
    {
        var t = wording.Templates;
        // Staff see what the bot would say, then the nearest clauses whatever the outcome.
        if ((wording.Explain(r) ?? wording.PlaceNote(r)) is { } said) o.WriteLine(t.Render(TemplateIds.CliOutcome, ("text", said)));
        if (r.Confidence is { } c) o.WriteLine(t.Render(TemplateIds.CliConfidence, ("value", c.Probability.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))));
        var separator = t.Render(TemplateIds.RegionSeparator);
        var rank = 0;
        foreach (var h in r.Hits)
        {
            o.WriteLine();
            o.WriteLine(t.Render(TemplateIds.CliHit, ("rank", ++rank), ("citation", h.Citation), ("heading", h.Clause.Heading ?? "")).TrimEnd());
            o.WriteLine(Indent(h.Clause.Text));
            foreach (var row in h.Clause.TaskItems) o.WriteLine(Indent(t.Render(TemplateIds.CliTaskRow, ("label", row.Label), ("text", row.Text))));
            if (!h.Clause.Departments.IsEmpty)
            {
                var supporting = h.Clause.Departments.Supporting.Count > 0
                    ? t.Render(TemplateIds.CliSupporting, ("list", string.Join(separator, h.Clause.Departments.Supporting)))
                    : "";
                o.WriteLine(t.Render(TemplateIds.CliDepartments, ("lead", string.Join(separator, h.Clause.Departments.Lead))) + supporting);
            }

            var date = t.Render(TemplateIds.Date, ("year", asOf.Year), ("month", asOf.Month), ("day", asOf.Day));
            o.WriteLine(t.Render(TemplateIds.CliValidity, ("period", h.Clause.Period.Describe()), ("date", date), ("status", h.Status.Chinese())));
        }
    }

    private static string Indent(string text) => "   " + text.Replace("\n", "\n   ");
}

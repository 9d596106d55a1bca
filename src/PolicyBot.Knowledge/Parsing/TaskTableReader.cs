using System.Text.RegularExpressions;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Text;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>
/// Reads a tab-separated task-division table (序号 / 主要任务 / 责任单位) whose rows restate the measures
/// as numbered sub-items "(1)"…"(87)", and groups the rows under the measure ("1. …") they belong to.
/// </summary>
internal static partial class TaskTableReader
{
    public static IReadOnlyDictionary<int, List<TaskItem>> Read(List<string> rawLines, TextRules rules, List<string> warnings)
    {
        var byMeasure = new Dictionary<int, List<TaskItem>>();
        var measure = 0;
        var lastItem = 0;
        (int Measure, int Ordinal, string Label, string Text, string Units)? open = null;

        void Close()
        {
            if (open is not { } o) return;
            var departments = DepartmentReader.Split($"[{o.Units}]", firstLeads: true).Departments;
            if (!byMeasure.TryGetValue(o.Measure, out var list)) byMeasure[o.Measure] = list = [];
            list.Add(new TaskItem(o.Ordinal, o.Label, o.Text, departments));
            open = null;
        }

        foreach (var raw in rawLines)
        {
            var fields = raw.Split('\t').Select(f => TextNormalizer.NormalizeLine(HtmlTag().Replace(f, ""), rules)).ToList();
            var itemAt = fields.FindIndex(f => ItemMark().IsMatch(f));
            foreach (var f in itemAt < 0 ? fields : fields.Take(itemAt))
            {
                if (MeasureMark().Match(f) is { Success: true } mm && int.Parse(mm.Groups[1].Value) is var n && n == measure + 1) measure = n;
            }

            if (itemAt >= 0)
            {
                Close();
                var m = ItemMark().Match(fields[itemAt]);
                var ordinal = int.Parse(m.Groups["n"].Value);
                if (ordinal != lastItem + 1) warnings.Add($"task table item ({ordinal}) follows ({lastItem})");
                lastItem = ordinal;
                var units = string.Concat(fields.Skip(itemAt + 1).Where(f => f.Length > 0));
                open = (measure, ordinal, m.Groups["mark"].Value, m.Groups["text"].Value.Trim(), units);
            }
            else if (open is { } o && fields.Any(f => f.Length > 0) && !fields.Any(f => MeasureMark().IsMatch(f) || SectionMark().IsMatch(f)))
            {
                // A line holding only the rest of a cut-off cell of units.
                open = o with { Units = o.Units + string.Concat(fields.Where(f => f.Length > 0)) };
            }
        }

        Close();
        return byMeasure;
    }

    [GeneratedRegex(@"^(?<mark>[（(](?<n>\d{1,3})[）)])\s*(?<text>.*)$")]
    private static partial Regex ItemMark();

    [GeneratedRegex(@"^(\d{1,3})[.．、]\s*\S")]
    private static partial Regex MeasureMark();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex SectionMark();

    [GeneratedRegex(@"</?p>")]
    private static partial Regex HtmlTag();
}

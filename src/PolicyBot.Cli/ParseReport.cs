using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Cli;

/// <summary>Writes what the parser found in each document: metadata, clause counts, warnings.</summary>
internal static class ParseReport
{
    public static void Write(KnowledgeBase kb, DateOnly asOf, bool verbose, TextWriter o)
    {
        foreach (var d in kb.Documents)
        {
            var statuses = d.Clauses.GroupBy(c => c.Period.StatusOn(asOf)).Select(g => $"{g.Key.Chinese()} {g.Count()}");
            o.WriteLine($"■ {d.FileName}");
            o.WriteLine($"  标题 {d.Title} | 文号 {d.Number ?? "（无）"} | 发文 {d.Issuer ?? "（未识别）"} | 日期 {d.Date?.ToString("yyyy-MM-dd") ?? "（未识别）"} | 地区 {Region(d.Jurisdiction)}");
            o.WriteLine($"  有效期 {d.Period.Describe()} | 条款 {d.Clauses.Count} | 分工表条目 {d.Clauses.Sum(c => c.TaskItems.Count)} | 截至{asOf:yyyy-MM-dd}: {string.Join("，", statuses)}");
            foreach (var w in d.Warnings) o.WriteLine($"  ⚠ {w}");
            if (!verbose) continue;
            foreach (var c in d.Clauses)
            {
                o.WriteLine($"    [{c.Ordinal}] {string.Join(" › ", c.Path)} | {c.Section} | {c.Heading} | 部门 {string.Join("、", c.Departments.Lead)} / {string.Join("、", c.Departments.Supporting)} | {c.Period.Describe()} | {string.Join(",", c.Topics.Take(2))} | 表{c.TaskItems.Count}");
                o.WriteLine($"        {Short(c.Text)}");
            }
        }
    }

    private static string Region(Jurisdiction j) => j == Jurisdiction.Unknown ? "（未识别）" : j.City is null ? j.Province : $"{j.Province}{j.City}";

    private static string Short(string s)
    {
        var flat = s.Replace('\n', '⏎');
        return flat.Length <= 70 ? flat : $"{flat[..40]} … {flat[^28..]}";
    }
}

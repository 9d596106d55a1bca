using System.Text.RegularExpressions;
using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>
/// Reads the responsible departments a clause ends with: "[市税务局，各县（市、区）政府]",
/// "（责任单位：…）", "（牵头单位：…；配合单位：…）" or a bare bracketed list of units.
/// </summary>
public static partial class DepartmentReader
{
    private static readonly string[] UnitEndings =
    [
        "局", "厅", "委", "办", "府", "院", "行", "会", "部", "司", "署", "处", "所", "室", "中心", "公司", "集团", "单位", "政府",
        "管委会", "分行", "支行", "办事处", "海关", "小组", "银行", "协会", "机构", "区", "县", "市",
    ];

    private static readonly string[] Notes = ["第一个为牵头单位", "排列第一的单位为牵头单位", "下同", "按职责分工负责", "分别负责", "负责"];

    /// <summary>True when the text says that the first unit named leads ("第一个为牵头单位").</summary>
    public static bool DeclaresFirstAsLead(string text) =>
        text.Contains("第一个为牵头单位", StringComparison.Ordinal) || text.Contains("排列第一的单位为牵头单位", StringComparison.Ordinal);

    /// <summary>True when the text ends with a group of departments.</summary>
    public static bool EndsWithDepartments(string text) => TrailingGroup(text.TrimEnd()) is { } g && Parse(g.Content, false) is not null;

    /// <summary>Splits a clause into its text and the departments it ends with.</summary>
    public static (string Body, Departments Departments) Split(string text, bool firstLeads)
    {
        var trimmed = text.TrimEnd();
        if (TrailingGroup(trimmed) is { } g && Parse(g.Content, firstLeads) is { } departments)
        {
            return (trimmed[..g.Start].TrimEnd(), departments);
        }

        return (trimmed, Departments.None);
    }

    private static (int Start, string Content)? TrailingGroup(string text)
    {
        if (text.Length < 3) return null;
        var close = text[^1];
        if (close is not (']' or '）' or ')' or '】')) return null;
        var depth = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is ']' or '）' or ')' or '】') depth++;
            else if (c is '[' or '（' or '(' or '【')
            {
                depth--;
                if (depth == 0) return (i, text[(i + 1)..^1]);
            }
        }

        return null;
    }

    private static Departments? Parse(string content, bool firstLeads)
    {
        var labeled = Labeled().Matches(content);
        if (labeled.Count > 0)
        {
            var lead = new List<string>();
            var support = new List<string>();
            foreach (Match m in labeled)
            {
                var units = Units(m.Groups["units"].Value);
                if (m.Groups["label"].Value.StartsWith("配合", StringComparison.Ordinal) || m.Groups["label"].Value.StartsWith("协办", StringComparison.Ordinal))
                    support.AddRange(units);
                else lead.AddRange(units);
            }

            return lead.Count + support.Count == 0 ? null : new Departments(lead, support);
        }

        var list = Units(content);
        if (list.Count == 0 || list.Count(LooksLikeUnit) * 10 < list.Count * 8) return null;
        return firstLeads ? new Departments([list[0]], list.Skip(1).ToList()) : new Departments(list, []);
    }

    private static bool LooksLikeUnit(string unit) =>
        unit.Length is >= 2 and <= 40 && UnitEndings.Any(e => unit.EndsWith(e, StringComparison.Ordinal) || unit.EndsWith(e + "）", StringComparison.Ordinal) || unit.EndsWith(e + ")", StringComparison.Ordinal));

    /// <summary>Splits a list of units at top-level separators (not inside "各县（市、区）").</summary>
    private static List<string> Units(string content)
    {
        var units = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= content.Length; i++)
        {
            var c = i < content.Length ? content[i] : '，';
            if (c is '（' or '(') depth++;
            else if (c is '）' or ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is '，' or ',' or '、' or '；' or ';')
            {
                var unit = Clean(content[start..i]);
                if (unit.Length > 0) units.Add(unit);
                start = i + 1;
            }
        }

        return units;
    }

    private static string Clean(string unit)
    {
        unit = unit.Trim();
        foreach (var note in Notes)
        {
            if (unit == note) return "";
            if (unit.EndsWith(note, StringComparison.Ordinal) && unit.Length > note.Length + 1) unit = unit[..^note.Length];
        }

        return unit.Trim();
    }

    [GeneratedRegex(@"(?<label>责任单位|牵头单位|配合单位|责任部门|牵头部门|配合部门|协办单位)[:：](?<units>[^；;]*)")]
    private static partial Regex Labeled();
}

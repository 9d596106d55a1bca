using System.Text.RegularExpressions;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>Numbering schemes, shallowest first: 第一章, 一、, （一）/第一条, 1./1．/27。/44、, (1).</summary>
public enum MarkerKind
{
    Chapter = 0,
    Section = 1,
    Paren = 2,
    Article = 3,
    Item = 4,
    ParenArabic = 5,
}

/// <summary>A numbering mark at the start of a line: its kind, value, the label as printed and the rest of the line.</summary>
public sealed record Marker(MarkerKind Kind, int Number, string Label, string Rest)
{
    private const string Han = "一二三四五六七八九十百零〇两";

    private static readonly (MarkerKind Kind, Regex Pattern)[] Patterns =
    [
        (MarkerKind.Chapter, new Regex($@"^(第([{Han}\d]+)章)\s*(.*)$", RegexOptions.Compiled)),
        (MarkerKind.Article, new Regex($@"^(第([{Han}\d]+)条)\s*(.*)$", RegexOptions.Compiled)),
        (MarkerKind.Section, new Regex($@"^(([{Han}]+)、)\s*(.*)$", RegexOptions.Compiled)),
        (MarkerKind.Paren, new Regex($@"^([（(]([{Han}]+)[）)])\s*(.*)$", RegexOptions.Compiled)),
        (MarkerKind.ParenArabic, new Regex(@"^([（(](\d{1,3})[）)])\s*(.*)$", RegexOptions.Compiled)),
        // "5.5%" is a number, but "5.2022年" is item 5 followed by a year.
        (MarkerKind.Item, new Regex(@"^((\d{1,3})[.。、])(?:(?!\d)|(?=\d{4}年))\s*(.*)$", RegexOptions.Compiled)),
    ];

    /// <summary>The marker a normalized line starts with, or null.</summary>
    public static Marker? Read(string line)
    {
        foreach (var (kind, pattern) in Patterns)
        {
            var m = pattern.Match(line);
            if (!m.Success) continue;
            var number = ChineseNumerals.Parse(m.Groups[2].Value);
            if (number is null or <= 0) continue;
            return new Marker(kind, number.Value, m.Groups[1].Value, m.Groups[3].Value.Trim());
        }

        return null;
    }
}

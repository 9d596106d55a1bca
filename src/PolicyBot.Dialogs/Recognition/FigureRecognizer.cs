using PolicyBot.Knowledge.Parsing;
using System.Text.RegularExpressions;
using PolicyBot.Knowledge.Profiles;

namespace PolicyBot.Dialogs.Recognition;

/// <summary>
/// Finds headcount, revenue and assets in free text: "40来个人", "员工45名", "营收2000万", "资产1.2亿".
/// Money is read in 万元; an amount near 资产 is assets, any other amount revenue.
/// </summary>
public static partial class FigureRecognizer
{
    /// <summary>The figures stated in the text; <paramref name="expected"/> lets a bare number answer the question just asked.</summary>
    public static CompanyFigures Recognize(string text, string? expected = null)
    {
        decimal? people = null, revenue = null, assets = null;
        var approximate = false;

        var p = PeopleAfter().Match(text);
        if (!p.Success) p = PeopleBefore().Match(text);
        if (p.Success && TryNumber(p, out var n))
        {
            people = n;
            approximate |= p.Groups["approx"].Success;
        }

        foreach (Match m in Money().Matches(text))
        {
            if (!TryNumber(m, out var amount)) continue;
            if (m.Groups["unit"].Value == "亿") amount *= 10000;
            else if (m.Groups["unit"].Value == "元") amount /= 10000;
            var before = text[Math.Max(0, m.Index - 8)..m.Index];
            if (before.Contains("资产", StringComparison.Ordinal)) assets ??= amount;
            else revenue ??= amount;
            approximate |= m.Groups["approx"].Success;
        }

        if (people is null && revenue is null && assets is null && expected is not null)
        {
            var bare = Bare().Match(text);
            if (bare.Success && TryNumber(bare, out var value))
            {
                approximate = bare.Groups["approx"].Success;
                switch (expected)
                {
                    case SizeIndicator.People: people = value; break;
                    case SizeIndicator.Revenue: revenue = value; break;
                    case SizeIndicator.Assets: assets = value; break;
                }
            }
        }

        return new CompanyFigures(people, revenue, assets, approximate);
    }

    private static bool TryNumber(Match m, out decimal value)
    {
        var ok = ChineseNumerals.TryParse(m.Groups["n"].Value, out value);
        if (ok && m.Groups["mult"].Value == "万") value *= 10000;
        else if (ok && m.Groups["mult"].Value == "千") value *= 1000;
        return ok && value > 0;
    }

    private const string Num = @"(?<n>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+)";

    [GeneratedRegex(Num + @"(?<mult>千|万)?(?<approx>来|多|余|几|左右|上下|出头)?\s*(?:个|名|位)?\s*(?:人|员工|工人|职工|伙计|雇员)")]
    private static partial Regex PeopleAfter();

    [GeneratedRegex(@"(?:员工|职工|工人|从业人员|人数|人手)\s*(?:有|大概|约|大约|是|共|一共)?\s*" + Num + @"(?<mult>千|万)?(?<approx>来|多|余|几|左右|上下|出头)?")]
    private static partial Regex PeopleBefore();

    [GeneratedRegex(Num + @"(?<approx>来|多|余|几)?\s*(?<unit>万|亿|元)(?!\s*[/每])")]
    private static partial Regex Money();

    [GeneratedRegex(@"^\D{0,6}?" + Num + @"(?<approx>来|多|余|几|左右|上下|出头)?")]
    private static partial Regex Bare();
}

using System.Text.RegularExpressions;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Regions;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>
/// Reads title, 文号, issuer, date and region from a document's front matter: the notice that
/// transmits the policy, its letterhead and its signature.
/// </summary>
internal static partial class FrontMatterReader
{
    private static readonly string[] IssuerEndings = ["人民政府办公室", "人民政府办公厅", "人民政府", "政府办公厅", "政府办公室", "委员会", "办公厅", "办公室", "厅", "局"];

    public static FrontMatter Read(List<SourceLine> lines, RegionTable regions)
    {
        var joined = string.Concat(lines.Select(l => l.Text));
        var title = TitleOf(joined, lines);
        var number = lines.Select(l => DocNumber().Match(l.Text)).FirstOrDefault(m => m.Success)?.Value;
        var date = lines.Select(l => DateOf(l.Text)).FirstOrDefault(d => d is not null);
        var issuer = IssuerOf(lines, regions);
        var jurisdiction = JurisdictionOf(issuer, title, regions);
        return new FrontMatter(title, number, issuer, date, jurisdiction);
    }

    public static bool IsDateLine(string line) => DateOf(line) is not null;

    private static string? TitleOf(string joined, List<SourceLine> lines)
    {
        // The transmitting notice names the policy in 《》; failing that, "关于印发…的通知".
        if (BookTitle().Match(joined) is { Success: true } book) return book.Groups[1].Value;
        if (Transmits().Match(joined) is { Success: true } t) return t.Groups[1].Value;
        // Else the last short line with no sentence punctuation before the body.
        return lines.Select(l => l.Text).LastOrDefault(l => l.Length is >= 6 and <= 60 && !l.Any(c => "，。；：,;:".Contains(c)) && DateOf(l) is null);
    }

    private static DateOnly? DateOf(string line)
    {
        var m = DateLine().Match(line);
        if (!m.Success) return null;
        var (y, mo, d) = (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    private static string? IssuerOf(List<SourceLine> lines, RegionTable regions)
    {
        var candidates = lines
            .Select(l => DateLine().Replace(l.Text, "").Trim())
            .Where(l => l.Length is >= 3 and <= 24 && !l.Any(c => "，。；：,;:《》“”".Contains(c)) && IssuerEndings.Any(e => l.EndsWith(e, StringComparison.Ordinal)))
            .Where(l => !l.StartsWith("关于", StringComparison.Ordinal))
            .ToList();
        // Prefer a name that says its region (广东省人民政府办公厅 over 省政府办公厅), then the longest.
        return candidates.OrderByDescending(c => regions.FindIn(c) is not null).ThenByDescending(c => c.Length).FirstOrDefault();
    }

    private static Jurisdiction JurisdictionOf(string? issuer, string? title, RegionTable regions)
    {
        var place = (issuer is null ? null : regions.FindIn(issuer)) ?? (title is null ? null : regions.FindIn(title));
        if (place is null) return Jurisdiction.Unknown;
        return new Jurisdiction(place.Province, place.City);
    }

    [GeneratedRegex(@"《([^《》]{4,80})》")]
    private static partial Regex BookTitle();

    [GeneratedRegex(@"关于印发(.{4,80}?)的通知")]
    private static partial Regex Transmits();

    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}])[\p{IsCJKUnifiedIdeographs}]{1,8}[〔\[［][12]\d{3}[〕\]］]\d{1,4}号")]
    private static partial Regex DocNumber();

    [GeneratedRegex(@"^\D{0,12}?(\d{4})年(\d{1,2})月(\d{1,2})日\D{0,4}$")]
    private static partial Regex DateLine();
}

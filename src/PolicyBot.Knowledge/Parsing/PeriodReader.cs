using System.Text.RegularExpressions;
using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>
/// Reads the periods a text states ("自2022年1月1日至2024年12月31日", "2022年4月1日起", "至2022年底",
/// "2022年，…") and combines them with the document's own period.
/// </summary>
public static partial class PeriodReader
{
    /// <summary>Every period or deadline the clause text states, in order of appearance.</summary>
    public static IReadOnlyList<ValidityPeriod> Stated(string text, DateOnly? documentDate)
    {
        var found = new List<(int At, ValidityPeriod Period)>();
        var taken = new bool[text.Length];

        void Take(Regex regex, Func<Match, ValidityPeriod?> read)
        {
            foreach (Match m in regex.Matches(text))
            {
                if (Enumerable.Range(m.Index, m.Length).Any(i => taken[i])) continue;
                if (read(m) is not { } p) continue;
                for (var i = m.Index; i < m.Index + m.Length; i++) taken[i] = true;
                found.Add((m.Index, p with { Quote = m.Value }));
            }
        }

        Take(FullRange(), m => Clause(Day(m, "y1", "m1", "d1"), Day(m, "y2", "m2", "d2")));
        Take(LooseRange(), m => Clause(Start(m, "y1", "m1"), End(m, "y2", "m2")));
        Take(StartDay(), m => Clause(Day(m, "y", "m", "d"), null));
        Take(Deadline(), m => Clause(null, m.Groups["d"].Success ? Day(m, "y", "m", "d") : End(m, "y", "m")));
        Take(YearScope(), m => Clause(Start(m, "y", "none"), End(m, "y", "none")));
        if (documentDate is { } dd)
        {
            Take(ThisYear(), _ => Clause(new DateOnly(dd.Year, 1, 1), new DateOnly(dd.Year, 12, 31)));
        }

        return found.OrderBy(f => f.At).Select(f => f.Period).ToList();
    }

    /// <summary>
    /// The period a clause runs for: the span of what it states, with an open end closed by the
    /// document's end; without statements, the document's period.
    /// </summary>
    public static ValidityPeriod Combine(IReadOnlyList<ValidityPeriod> stated, ValidityPeriod document)
    {
        if (stated.Count == 0) return document;
        var from = stated.Where(p => p.From is not null).Select(p => p.From!.Value).DefaultIfEmpty().Min();
        var to = stated.Where(p => p.To is not null).Select(p => p.To!.Value).DefaultIfEmpty().Max();
        DateOnly? From = from == default ? document.From : from;
        DateOnly? To = to == default ? document.To : to;
        if (From is { } f && To is { } t && t < f) To = document.To is { } dt && dt >= f ? dt : null;
        return new ValidityPeriod(From, To, PeriodSource.Clause, string.Join("；", stated.Select(s => s.Quote)));
    }

    /// <summary>The document's period: a span in its title, or what its closing words say ("执行期至…", "自公布之日起实施").</summary>
    public static ValidityPeriod DocumentPeriod(string? title, DateOnly? date, IEnumerable<string> closing)
    {
        if (title is not null && TitleSpan().Match(title) is { Success: true } t)
        {
            var y1 = int.Parse(t.Groups["y1"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var y2 = int.Parse(t.Groups["y2"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return new ValidityPeriod(new DateOnly(y1, 1, 1), new DateOnly(y2, 12, 31), PeriodSource.Document, t.Value);
        }

        foreach (var para in closing)
        {
            var until = DocumentUntil().Match(para);
            if (!until.Success) continue;
            DateOnly? from = FromPublication().IsMatch(para) ? date : null;
            return new ValidityPeriod(from, Day(until, "y", "m", "d"), PeriodSource.Document, para.Length > 80 ? para[..80] : para);
        }

        return ValidityPeriod.Unknown;
    }

    private static ValidityPeriod? Clause(DateOnly? from, DateOnly? to) =>
        from is null && to is null ? null : new ValidityPeriod(from, to, PeriodSource.Clause);

    private static DateOnly? Day(Match m, string y, string mo, string d)
    {
        var year = Int(m, y);
        var month = Int(m, mo) ?? 1;
        var day = Int(m, d) ?? 1;
        if (year is null || month is < 1 or > 12) return null;
        return new DateOnly(year.Value, month, Math.Clamp(day, 1, DateTime.DaysInMonth(year.Value, month)));
    }

    private static DateOnly? Start(Match m, string y, string mo) => Int(m, y) is { } year ? new DateOnly(year, Int(m, mo) is { } month and >= 1 and <= 12 ? month : 1, 1) : null;

    private static DateOnly? End(Match m, string y, string mo)
    {
        if (Int(m, y) is not { } year) return null;
        var month = Int(m, mo) is { } mm and >= 1 and <= 12 ? mm : 12;
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }

    private static int? Int(Match m, string group) =>
        m.Groups[group].Success && int.TryParse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    [GeneratedRegex(@"(?<y1>\d{4})年(?<m1>\d{1,2})月(?<d1>\d{1,2})日(?:起)?(?:至|到|—|-|~)(?<y2>\d{4})年(?<m2>\d{1,2})月(?<d2>\d{1,2})日")]
    private static partial Regex FullRange();

    [GeneratedRegex(@"(?:自|从)?(?<y1>\d{4})年(?:(?<m1>\d{1,2})月)?(?:起)?(?:至|到|—|-)(?<y2>\d{4})年(?:(?<m2>\d{1,2})月)?(?:底|末)?")]
    private static partial Regex LooseRange();

    [GeneratedRegex(@"(?:自|从)?(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日起")]
    private static partial Regex StartDay();

    [GeneratedRegex(@"(?:至|到|截至|截止到?)(?<y>\d{4})年(?:(?<m>\d{1,2})月(?:(?<d>\d{1,2})日)?)?(?:底|末|前)?")]
    private static partial Regex Deadline();

    [GeneratedRegex(@"(?<=^|[。；，,：:\n])(?:在)?(?<y>\d{4})年(?:度)?(?!\d|\s*\d)(?=内|[，,]|延续|继续|被列为|对|扩大|推动|力争|全年|底前)")]
    private static partial Regex YearScope();

    [GeneratedRegex(@"今年")]
    private static partial Regex ThisYear();

    [GeneratedRegex(@"[（(](?<y1>\d{4})\s*[-－—–~至]\s*(?<y2>\d{4})\s*年[）)]")]
    private static partial Regex TitleSpan();

    [GeneratedRegex(@"(?:执行期|有效期|实施期)(?:限)?(?:至|到|截至)(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日")]
    private static partial Regex DocumentUntil();

    [GeneratedRegex(@"自(?:公布|印发|发布)之日起")]
    private static partial Regex FromPublication();
}

using System.Text.RegularExpressions;
using PolicyBot.Knowledge.Parsing;

namespace PolicyBot.Knowledge.Documents;

/// <summary>
/// A reference to a clause the way callers say it: "鄂州第二十五条", "粤办函〔2022〕41号 第（五）条",
/// "粤办函41号第二十条", "湛府办函44号第十二项", "忻州那个文件第58条", "惠州一般贸易行动计划 第20项".
/// Ordinal is the clause number; DocumentPhrase is the rest of the text (what names the document);
/// Number is a 文号 found in it, with or without its year.
/// </summary>
public sealed partial record ClauseReference(int Ordinal, string DocumentPhrase, DocumentNumber? Number)
{
    /// <summary>The one parser of clause references; null when the text holds none.</summary>
    public static ClauseReference? Parse(string text)
    {
        var m = ClauseNumber().Match(text);
        if (!m.Success) return null;
        var ordinal = ChineseNumerals.Parse(m.Groups["n"].Value);
        if (ordinal is null or < 1) return null;
        var rest = text.Remove(m.Index, m.Length);
        return new ClauseReference(ordinal.Value, rest, DocumentNumber.Find(rest));
    }

    /// <summary>True when the text holds a clause reference (cheap check for the dialogs).</summary>
    public static bool IsIn(string text) => Parse(text) is not null;

    // 第 + number (Chinese or Arabic, optionally in brackets) + 条/项/款/点; or a bracketed number + 条.
    [GeneratedRegex(@"第\s*[（(]?\s*(?<n>[一二三四五六七八九十百零〇两\d]{1,6})\s*[）)]?\s*(?:条|项|款|点)|[（(]\s*(?<n>[一二三四五六七八九十百零〇两]{1,6})\s*[）)]\s*条")]
    private static partial Regex ClauseNumber();
}

/// <summary>A 文号 as written or said: "粤办函〔2022〕41号", "粤办函41号", "湛府办函[2022]44号".</summary>
public sealed partial record DocumentNumber(string Prefix, int? Year, int Serial)
{
    /// <summary>The first 文号 in the text, or null.</summary>
    public static DocumentNumber? Find(string text)
    {
        var m = Pattern().Match(text);
        if (!m.Success) return null;
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        return new DocumentNumber(m.Groups["p"].Value, year, int.Parse(m.Groups["s"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>True when this (possibly partial) number names the document's 文号: same serial, year if said, and the prefix ends the same.</summary>
    public bool Names(string? documentNumber)
    {
        if (documentNumber is null || Find(documentNumber) is not { } full) return false;
        if (full.Serial != Serial || (Year is not null && full.Year != Year)) return false;
        // "粤办函" said for "粤办函"; a caller may drop the province character ("办函41号") but not change the issuer;
        // "41号文" with no issuer at all names any document with that serial (the lookup then needs it to be the only one).
        return Prefix.Length == 0
            || Prefix.Length >= 2 && full.Prefix.EndsWith(Prefix, StringComparison.Ordinal)
            || full.Prefix.Length >= 2 && Prefix.EndsWith(full.Prefix, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<p>[\p{IsCJKUnifiedIdeographs}]{0,8}?)\s*(?:[〔\[［(（【]\s*(?<y>\d{4})\s*[〕\]］)）】]|(?<y>\d{4})\s*年?)?\s*第?\s*(?<s>\d{1,4})\s*号")]
    private static partial Regex Pattern();
}

using System.Text;

namespace PolicyBot.Knowledge.Text;

/// <summary>
/// Character-level repair of extracted text: glyph artefacts, full-width digits and letters, and the
/// spaces that PDF extraction puts between Chinese characters. Chinese punctuation is kept as printed.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalizes one line (no line breaks inside).</summary>
    public static string NormalizeLine(string line, TextRules rules)
    {
        var sb = new StringBuilder(line.Length);
        foreach (var raw in line)
        {
            var c = rules.Glyphs.TryGetValue(raw, out var fixedChar) ? fixedChar : raw;
            sb.Append(ToHalfWidth(c));
        }

        return CollapseSpaces(sb.ToString());
    }

    /// <summary>Full-width ASCII digits, letters and a few symbols to ASCII; full-width space to space.</summary>
    public static char ToHalfWidth(char c)
    {
        if (c == '\u3000' || c == '\u00A0') return ' ';
        if (c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ') return (char)(c - 0xFEE0);
        return c switch
        {
            '％' => '%',
            '＋' => '+',
            '／' => '/',
            '．' => '.',
            '－' => '-',
            '＝' => '=',
            '＆' => '&',
            '＃' => '#',
            _ => c,
        };
    }

    /// <summary>True for Han characters and CJK punctuation, where a space is never meaningful.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or >= '\u3000' and <= '\u303f' or >= '\uff00' and <= '\uffef'
        || c is '“' or '”' or '‘' or '’' or '…' or '—' or '·';

    /// <summary>Removes spaces except one between two Latin words or numbers ("Made in China", "RCEP 2.0").</summary>
    public static string CollapseSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is ' ' or '\t' or '\r')
            {
                var j = i;
                while (j < s.Length && s[j] is ' ' or '\t' or '\r') j++;
                if (sb.Length > 0 && j < s.Length && char.IsAsciiLetterOrDigit(sb[^1]) && char.IsAsciiLetterOrDigit(s[j])) sb.Append(' ');
                i = j - 1;
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Joins two pieces of one paragraph that a line break cut apart.</summary>
    public static string Join(string left, string right)
    {
        if (left.Length == 0) return right;
        if (right.Length == 0) return left;
        // Extraction breaks lines inside words and numbers ("20" / "21年"), so pieces join without a space.
        return left + right;
    }
}

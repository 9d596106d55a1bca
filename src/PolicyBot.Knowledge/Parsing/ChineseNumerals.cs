namespace PolicyBot.Knowledge.Parsing;

/// <summary>Reads Chinese numerals as used in clause labels: 一 … 十三 … 二十五 … 一百零二.</summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>The value of a Chinese or Arabic numeral, or null when it is neither.</summary>
    public static int? Parse(string s)
    {
        if (s.Length == 0) return null;
        if (s.All(char.IsAsciiDigit)) return int.TryParse(s, out var n) ? n : null;
        var total = 0;
        var current = 0;
        foreach (var c in s)
        {
            var d = Digits.IndexOf(c);
            if (c == '〇' || c == '两') d = c == '〇' ? 0 : 2;
            if (d >= 0)
            {
                current = d;
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0) return null;
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }

        return total + current;
    }

    /// <summary>Writes n (1–999) as a Chinese numeral the way clause labels print it.</summary>
    public static string Format(int n)
    {
        if (n <= 0 || n > 999) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var hundreds = n / 100;
        var tens = n / 10 % 10;
        var ones = n % 10;
        var s = "";
        if (hundreds > 0) s += Digits[hundreds] + "百";
        if (tens > 0) s += (tens == 1 && hundreds == 0 ? "" : Digits[tens].ToString()) + "十";
        else if (hundreds > 0 && ones > 0) s += "零";
        if (ones > 0) s += Digits[ones];
        return s;
    }
}

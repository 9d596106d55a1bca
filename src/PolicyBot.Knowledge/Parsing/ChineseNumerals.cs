using System.Globalization;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>
/// The one reader of numbers as Chinese texts write them: clause labels (十三, 二十五, 一百零二), and figures
/// people type (45, 1.2, 四十, 两千五百, 三万, 一点五亿). "点" is a decimal point inside a number; after a number
/// ("第3点") it is a counter, which the clause-reference pattern takes off before the number is read.
/// </summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Characters a Chinese numeral may contain.</summary>
    public const string Characters = "零〇一二两三四五六七八九十百千万亿点";

    /// <summary>The whole-number value of a Chinese or Arabic numeral (a clause number), or null when it is neither.</summary>
    public static int? Parse(string s) =>
        TryParse(s, out var value) && value == decimal.Truncate(value) && value <= int.MaxValue ? (int)value : null;

    /// <summary>Reads "45", "1.2", "四十", "两千五百", "三万", "一百零八", "一点五"; false for anything else.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text)) return false;
        if (text.All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            return text[0] != '.' && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        if (text.Any(c => !Characters.Contains(c))) return false;
        var point = text.IndexOf('点');
        if (point >= 0)
        {
            // 一点五 = 1.5: whole part as a numeral, then digit by digit.
            var fraction = text[(point + 1)..];
            if (point == 0 || fraction.Length == 0 || fraction.Any(c => DigitOf(c) < 0)) return false;
            if (!TryParse(text[..point], out var whole)) return false;
            value = whole + decimal.Parse("0." + string.Concat(fraction.Select(c => (char)('0' + DigitOf(c)))), CultureInfo.InvariantCulture);
            return true;
        }

        // 亿 closes everything before it, 万 what came since the last 亿: 一亿二千万 = 1·10⁸ + 2000·10⁴.
        decimal yi = 0, wan = 0, section = 0, digit = 0;
        var sawDigit = false;
        foreach (var c in text)
        {
            var d = DigitOf(c);
            if (d >= 0)
            {
                digit = d;
                sawDigit = true;
                continue;
            }

            switch (c)
            {
                case '十': section += (sawDigit ? digit : 1) * 10; break;
                case '百': section += (sawDigit ? digit : 1) * 100; break;
                case '千': section += (sawDigit ? digit : 1) * 1000; break;
                case '万': wan = (section + digit) * 10000; section = 0; break;
                case '亿': yi = (yi + wan + section + digit) * 100000000; wan = 0; section = 0; break;
            }

            digit = 0;
            sawDigit = false;
        }

        value = yi + wan + section + digit;
        return true;
    }

    /// <summary>Writes n (1–999) as a Chinese numeral the way clause labels print it.</summary>
    public static string Format(int n)
    {
        if (n <= 0 || n > 999) return n.ToString(CultureInfo.InvariantCulture);
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

    private static int DigitOf(char c) => c switch
    {
        '〇' => 0,
        '两' => 2,
        _ => Digits.IndexOf(c),
    };
}

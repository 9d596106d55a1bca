using System.Globalization;

namespace PolicyBot.Dialogs.Recognition;

/// <summary>Reads numbers as people type them: "45", "1.2", "四十", "两千五百", "三万".</summary>
public static class ChineseNumber
{
    private const string Digits = "一二三四五六七八九";

    /// <summary>Characters a Chinese numeral may contain.</summary>
    public const string Characters = "零〇一二两三四五六七八九十百千万亿";

    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text)) return false;
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return true;
        if (text.Any(c => !Characters.Contains(c))) return false;

        decimal total = 0, section = 0, digit = 0;
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
                case '百': section += digit * 100; break;
                case '千': section += digit * 1000; break;
                case '万': total = (total + section + digit) * 10000; section = 0; break;
                case '亿': total = (total + section + digit) * 100000000; section = 0; break;
            }

            digit = 0;
            sawDigit = false;
        }

        value = total + section + digit;
        return true;
    }

    private static int DigitOf(char c) => c switch
    {
        '零' or '〇' => 0,
        '两' => 2,
        _ => Digits.IndexOf(c) is var i and >= 0 ? i + 1 : -1,
    };
}

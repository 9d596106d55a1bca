using System.Text;

namespace PolicyBot.Schema;

/// <summary>
/// What is done to caller-supplied text at the edge: <see cref="Clean"/> drops the code points that have no business in
/// a chat message and that make <see cref="string.Normalize()"/> throw; <see cref="ForLog"/> makes a caller-chosen value
/// safe to write into a log line.
/// </summary>
public static class UnicodeText
{
    private const int LogLimit = 200;

    /// <summary>
    /// Removes control characters other than tab and line breaks, Unicode noncharacters (U+FDD0–U+FDEF and the last two
    /// code points of every plane, e.g. U+FFFE) and unpaired surrogates. Returns the same instance when nothing is removed.
    /// </summary>
    public static string Clean(string text)
    {
        var first = FirstUnwanted(text);
        if (first < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (!IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    sb.Append(c).Append(text[i + 1]);
                }
                i++;
            }
            else if (!IsUnwantedSingle(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>True when <see cref="Clean"/> would change the text.</summary>
    public static bool NeedsCleaning(string text) => FirstUnwanted(text) >= 0;

    /// <summary>
    /// A caller-chosen value as it may appear in a log line: control characters, line breaks and the other characters
    /// <see cref="Clean"/> drops are written as <c>\uXXXX</c>, and it is cut to 200 characters. Null stays null.
    /// </summary>
    public static string? ForLog(string? value)
    {
        if (value is null)
        {
            return null;
        }
        var cut = value.Length > LogLimit;
        var span = cut ? value.AsSpan(0, LogLimit) : value.AsSpan();
        var sb = new StringBuilder(span.Length + 8);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]);
            if (paired)
            {
                sb.Append(c).Append(span[++i]);
            }
            else if (IsUnwantedSingle(c) || c is '\t' or '\n' or '\r' or '\u2028' or '\u2029')
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }
        return cut ? sb.Append('…').ToString() : sb.ToString();
    }

    private static int FirstUnwanted(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return i;
                }
                i++;
            }
            else if (IsUnwantedSingle(c))
            {
                return i;
            }
        }
        return -1;
    }

    // One UTF-16 unit that is not the start of a valid pair: controls (but tab, LF, CR), lone surrogates, BMP noncharacters.
    private static bool IsUnwantedSingle(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
        || char.IsSurrogate(c)
        || IsNoncharacter(c);

    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}

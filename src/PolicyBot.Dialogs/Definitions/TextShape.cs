using System.Text;
using PolicyBot.Schema;

namespace PolicyBot.Dialogs.Definitions;

/// <summary>Normalises what users type so that phrases compare: no spaces or punctuation, lower case, half-width.</summary>
public static class TextShape
{
    /// <summary>"帮 助！" → "帮助"; "？" → "?" (kept, because a lone question mark asks for help).</summary>
    public static string Compact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var normal = Normal(text);
        foreach (var raw in normal)
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c)) continue;
            sb.Append(c);
        }

        return sb.Length == 0 && normal.Contains('?', StringComparison.Ordinal) ? "?" : sb.ToString();
    }

    /// <summary>
    /// True when the message is written mostly in Latin letters ("What subsidies can I get?"): at least three of them,
    /// and more than all other letters (Chinese characters) together. Digits and punctuation do not count.
    /// </summary>
    public static bool IsLatinScript(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        int latin = 0, other = 0;
        foreach (var c in Normal(text))
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')) latin++;
            else if (char.IsLetter(c)) other++;
        }

        return latin >= 3 && latin > other;
    }

    // NFKC throws on noncharacters and lone surrogates; they are dropped first (the edge already does, this is for any other caller).
    private static string Normal(string text) => UnicodeText.Clean(text).Normalize(NormalizationForm.FormKC);
}

using System.Text;

namespace PolicyBot.Dialogs.Definitions;

/// <summary>Normalises what users type so that phrases compare: no spaces or punctuation, lower case, half-width.</summary>
public static class TextShape
{
    /// <summary>"帮 助！" → "帮助"; "？" → "?" (kept, because a lone question mark asks for help).</summary>
    public static string Compact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var normal = text.Normalize(NormalizationForm.FormKC);
        foreach (var raw in normal)
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c)) continue;
            sb.Append(c);
        }

        return sb.Length == 0 && normal.Contains('?', StringComparison.Ordinal) ? "?" : sb.ToString();
    }
}

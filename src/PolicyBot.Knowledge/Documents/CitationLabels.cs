namespace PolicyBot.Knowledge.Documents;

/// <summary>Turns a printed clause label into the way a reader cites it.</summary>
public static class CitationLabels
{
    /// <summary>"（十三）" → "第（十三）条"; "12." → "第12项"; "一、" → "第一部分".</summary>
    public static string For(string label, int ordinal)
    {
        var core = label.TrimEnd('、', '.', '．', '。', ' ');
        if (core.StartsWith('（') || core.StartsWith('('))
        {
            return $"第{core}条";
        }

        if (core.Length > 0 && char.IsAsciiDigit(core[0]))
        {
            return $"第{core}项";
        }

        return core.Length == 0 ? $"第{ordinal}条" : $"第{core}条";
    }
}

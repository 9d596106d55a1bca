using PolicyBot.Knowledge.Text;

namespace PolicyBot.Knowledge.Parsing;

public sealed partial class DocumentParser
{
    /// <summary>
    /// Normalizes every line and drops furniture; stops the body at distribution notes; sets apart a
    /// tab-separated task table (kept raw, since its columns matter).
    /// </summary>
    private (List<SourceLine> Body, List<string> Table) PrepareLines(string text)
    {
        var body = new List<SourceLine>();
        var table = new List<string>();
        var inTable = false;
        var number = 0;
        foreach (var raw in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            number++;
            var line = TextNormalizer.NormalizeLine(raw, rules);
            if (line.Length == 0) continue;
            if (rules.EndOfBody.Any(r => r.IsMatch(line))) break;
            if (rules.DropLine.Any(r => r.IsMatch(line)) || IsForeignScript(line)) continue;
            if (!inTable && IsTableStart(raw, line))
            {
                inTable = true;
                // The table's own title line says nothing the body does not.
                if (!raw.Contains('\t')) continue;
            }

            if (inTable)
            {
                table.Add(raw);
                continue;
            }

            body.Add(new SourceLine(number, raw, line) { Marker = Marker.Read(line) });
        }

        return (body, table);
    }

    private bool IsForeignScript(string line) => line.Count(rules.Traditional.Contains) >= 2;

    private static bool IsTableStart(string raw, string line) =>
        line.EndsWith("分工表", StringComparison.Ordinal)
        || line.EndsWith("任务清单", StringComparison.Ordinal)
        || line.EndsWith("责任清单", StringComparison.Ordinal)
        || (raw.Contains('\t') && line.StartsWith("序号", StringComparison.Ordinal));
}

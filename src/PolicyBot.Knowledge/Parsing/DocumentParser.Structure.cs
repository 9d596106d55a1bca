using System.Text;
using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Parsing;

public sealed partial class DocumentParser
{
    private const string Terminal = "。；！？：;!?";

    /// <summary>
    /// Finds the numbering scheme that carries the measures (the one with the most marks that continue
    /// their sequence), then cuts the body into clauses under their sections.
    /// </summary>
    private static DocumentStructure ReadStructure(List<SourceLine> lines, List<string> warnings)
    {
        ValidateMarkers(lines, warnings);
        var counts = lines.Where(l => l.IsValidMarker).GroupBy(l => l.Marker!.Kind).ToDictionary(g => g.Key, g => g.Count());
        var clauseKind = counts.Count == 0 ? (MarkerKind?)null : counts.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).First().Key;
        if (clauseKind is null || counts[clauseKind.Value] < 2)
        {
            var start = FirstParagraphStart(lines);
            return new DocumentStructure(start, [], []);
        }

        var bodyStart = lines.FindIndex(l => l.IsValidMarker && l.Marker!.Kind <= clauseKind);
        var (clauses, loose) = CutClauses(Paragraphs(lines, bodyStart), clauseKind.Value);
        return new DocumentStructure(bodyStart, clauses, loose);
    }

    private static void ValidateMarkers(List<SourceLine> lines, List<string> warnings)
    {
        var last = new Dictionary<MarkerKind, int>();
        var parentSince = new HashSet<MarkerKind>();
        foreach (var line in lines)
        {
            if (line.Marker is not { } m) continue;
            var prev = last.GetValueOrDefault(m.Kind);
            var restart = m.Number == 1 && (prev == 0 || parentSince.Contains(m.Kind));
            var skip = prev > 0 && m.Number == prev + 2;
            if (m.Number != prev + 1 && !restart && !skip) continue;
            if (skip) warnings.Add($"numbering jumps from {prev} to {m.Number} at line {line.Number} ({m.Label})");
            line.IsValidMarker = true;
            last[m.Kind] = m.Number;
            parentSince.Remove(m.Kind);
            foreach (var deeper in Enum.GetValues<MarkerKind>().Where(k => k > m.Kind)) parentSince.Add(deeper);
        }
    }

    /// <summary>Rebuilds paragraphs cut by line breaks: a line continues the paragraph unless it starts a mark or the paragraph had ended.</summary>
    private static List<(Marker? Marker, string Text)> Paragraphs(List<SourceLine> lines, int start)
    {
        var result = new List<(Marker? Marker, string Text)>();
        Marker? marker = null;
        var text = new StringBuilder();
        for (var i = Math.Max(start, 0); i < lines.Count; i++)
        {
            var line = lines[i];
            var startsNew = line.IsValidMarker || text.Length == 0 || Terminal.Contains(text[^1]) || DepartmentReader.EndsWithDepartments(text.ToString());
            if (startsNew && text.Length > 0)
            {
                result.Add((marker, text.ToString()));
                text.Clear();
            }

            if (startsNew) marker = line.IsValidMarker ? line.Marker : null;
            var piece = startsNew && line.IsValidMarker ? line.Marker!.Rest : line.Text;
            text.Append(piece);
        }

        if (text.Length > 0 || marker is not null) result.Add((marker, text.ToString()));
        return result;
    }

    private static (List<ClauseDraft> Clauses, List<string> Loose) CutClauses(List<(Marker? Marker, string Text)> paragraphs, MarkerKind clauseKind)
    {
        var clauses = new List<ClauseDraft>();
        var loose = new List<string>();
        var parents = new SortedDictionary<MarkerKind, (string Label, string Title)>();
        Marker? open = null;
        var text = new StringBuilder();

        void Flush()
        {
            if (open is null) return;
            var path = parents.Values.Select(p => p.Label).Append(open.Label).ToList();
            var section = parents.Count == 0 ? null : parents.Last().Value.Title;
            clauses.Add(new ClauseDraft(open.Number, open.Label, path, section, text.ToString().Trim(), ClauseKind.Measure));
            open = null;
            text.Clear();
        }

        foreach (var (marker, para) in paragraphs)
        {
            if (marker is not null && marker.Kind == clauseKind)
            {
                Flush();
                open = marker;
                text.Append(para);
            }
            else if (marker is not null && marker.Kind < clauseKind)
            {
                Flush();
                foreach (var deeper in parents.Keys.Where(k => k >= marker.Kind).ToList()) parents.Remove(deeper);
                parents[marker.Kind] = (marker.Label, TitleOf(para));
                if (para.Length > TitleOf(para).Length + 1) loose.Add(para);
            }
            else if (open is not null && !DepartmentReader.EndsWithDepartments(text.ToString()))
            {
                text.Append('\n').Append(marker is null ? para : marker.Label + para);
            }
            else
            {
                loose.Add(marker is null ? para : marker.Label + para);
            }
        }

        Flush();
        return (clauses, loose);
    }

    /// <summary>The title a section mark carries: its first sentence when short, else its opening words.</summary>
    internal static string TitleOf(string rest)
    {
        var end = rest.IndexOf('。');
        var head = end > 0 ? rest[..end] : rest;
        return head.Length <= 30 ? head : head[..30];
    }

    private static int FirstParagraphStart(List<SourceLine> lines)
    {
        // Without numbering, the body starts after the last date line of the front matter, if any.
        var date = lines.FindIndex(l => FrontMatterReader.IsDateLine(l.Text));
        return date >= 0 && date < lines.Count - 1 ? date + 1 : 0;
    }

    private static List<ClauseDraft> Passages(List<SourceLine> lines)
    {
        var drafts = new List<ClauseDraft>();
        var pending = "";
        foreach (var (_, para) in Paragraphs(lines, 0))
        {
            pending = pending.Length == 0 ? para : pending + "\n" + para;
            if (pending.Length < 20) continue;
            drafts.Add(new ClauseDraft(drafts.Count + 1, (drafts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), [], null, pending, ClauseKind.Passage));
            pending = "";
        }

        if (pending.Length > 0) drafts.Add(new ClauseDraft(drafts.Count + 1, (drafts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), [], null, pending, ClauseKind.Passage));
        return drafts;
    }
}

using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Text;

namespace PolicyBot.Knowledge.Questions;

/// <summary>
/// How owners and hotline callers ask for each clause, from knowledge/questions/&lt;document file name&gt;.txt:
/// a line "## &lt;ordinal&gt; [label] [heading]" starts a clause, each line after it is one question; "#" lines are
/// comments. A clause may have several blocks (later ones append), so questions can be added at the end of the file.
/// </summary>
public static class RelatedQuestions
{
    /// <summary>The folder under knowledge/ that holds the files.</summary>
    public const string FolderName = "questions";

    /// <summary>Longest question kept, in characters.</summary>
    public const int MaxLength = 100;

    /// <summary>The questions file of a document: same name as its source, with ".txt".</summary>
    public static string FileFor(string root, PolicyDocument document) =>
        Path.Combine(root, FolderName, Path.GetFileNameWithoutExtension(document.FileName) + ".txt");

    /// <summary>
    /// Attaches each document's questions to its clauses. Problems (a file for no document, an unknown ordinal,
    /// a label that disagrees with the document, an over-long line) are returned as warnings naming file and line;
    /// the rest of the file still loads.
    /// </summary>
    public static IReadOnlyList<PolicyDocument> Attach(string root, IReadOnlyList<PolicyDocument> documents, TextRules rules, List<string> warnings)
    {
        var folder = Path.Combine(root, FolderName);
        if (!Directory.Exists(folder)) return documents;
        var byStem = documents.ToDictionary(d => Path.GetFileNameWithoutExtension(d.FileName), StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            if (!byStem.ContainsKey(Path.GetFileNameWithoutExtension(file)))
            {
                warnings.Add($"{file}: no document named {Path.GetFileNameWithoutExtension(file)}.* in documents/; its questions are not used");
            }
        }

        return documents.Select(d => WithQuestions(d, FileFor(root, d), rules, warnings)).ToList();
    }

    private static PolicyDocument WithQuestions(PolicyDocument document, string file, TextRules rules, List<string> warnings)
    {
        if (!File.Exists(file)) return document;
        var questions = Read(file, document, rules, warnings);
        if (questions.Count == 0) return document;
        var clauses = document.Clauses
            .Select(c => questions.TryGetValue(c.Ordinal, out var q) ? c with { Questions = q } : c)
            .ToList();
        return document with { Clauses = clauses };
    }

    /// <summary>Questions by clause ordinal, normalised like the documents' own text, duplicates dropped.</summary>
    internal static Dictionary<int, IReadOnlyList<string>> Read(string file, PolicyDocument document, TextRules rules, List<string> warnings)
    {
        var byOrdinal = new Dictionary<int, List<string>>();
        List<string>? current = null;
        var lineNo = 0;
        foreach (var raw in File.ReadLines(file))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith("##", StringComparison.Ordinal))
            {
                current = Header(line[2..].Trim(), document, byOrdinal, $"{file}:{lineNo}", warnings);
                continue;
            }

            if (line[0] == '#') continue;
            if (current is null)
            {
                warnings.Add($"{file}:{lineNo}: a question before any \"## <clause number>\" line is ignored");
                continue;
            }

            var question = TextNormalizer.NormalizeLine(line, rules).Trim();
            if (question.Length > MaxLength)
            {
                warnings.Add($"{file}:{lineNo}: question longer than {MaxLength} characters is ignored");
                continue;
            }

            if (question.Length > 0 && !current.Contains(question, StringComparer.Ordinal)) current.Add(question);
        }

        return byOrdinal.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value);
    }

    private static List<string>? Header(string header, PolicyDocument document, Dictionary<int, List<string>> byOrdinal, string where, List<string> warnings)
    {
        var parts = header.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !int.TryParse(parts[0], out var ordinal))
        {
            warnings.Add($"{where}: \"## {header}\" does not start with a clause number; its questions are ignored");
            return null;
        }

        var clause = document.Clauses.FirstOrDefault(c => c.Ordinal == ordinal);
        if (clause is null)
        {
            warnings.Add($"{where}: {document.Title} has no clause {ordinal}; its questions are ignored");
            return null;
        }

        if (parts.Length > 1 && !LabelAgrees(parts[1], clause))
        {
            warnings.Add($"{where}: clause {ordinal} is labelled {clause.Label} in the document, not {parts[1]}");
        }

        if (!byOrdinal.TryGetValue(ordinal, out var list)) byOrdinal[ordinal] = list = [];
        return list;
    }

    /// <summary>A label that looks like a label (a numbering mark) must be the clause's own; other words are a heading.</summary>
    private static bool LabelAgrees(string label, Clause clause)
    {
        var looksLikeLabel = label.Length <= 6 && label.Any(c => char.IsAsciiDigit(c) || "一二三四五六七八九十百".Contains(c));
        return !looksLikeLabel || string.Equals(label, clause.Label, StringComparison.Ordinal);
    }
}

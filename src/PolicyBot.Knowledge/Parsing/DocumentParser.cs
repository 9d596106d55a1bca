using System.Security.Cryptography;
using System.Text;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Regions;
using PolicyBot.Knowledge.Text;
using PolicyBot.Knowledge.Topics;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>
/// Turns the text of one policy document into metadata and citable clauses: repairs extraction defects,
/// reads the front matter, finds the numbering scheme that carries the measures, attaches a task table
/// to its measures, and reads departments and periods of each clause.
/// </summary>
public sealed partial class DocumentParser(TextRules rules, RegionTable regions, TopicClassifier topics)
{
    /// <summary>Parses a document; never throws for odd text (warnings say what was odd).</summary>
    public PolicyDocument Parse(string fileName, string text)
    {
        var warnings = new List<string>();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        var id = Path.GetFileNameWithoutExtension(fileName);
        var (lines, tableLines) = PrepareLines(text);

        var structure = ReadStructure(lines, warnings);
        var front = FrontMatterReader.Read(lines.Take(structure.BodyStart).ToList(), regions);
        if (front.Title is null) warnings.Add("no title found in the front matter; the file name stands for it");
        if (front.Number is null) warnings.Add("no document number (文号) found");
        if (front.Date is null) warnings.Add("no issue date found");
        if (front.Jurisdiction == Jurisdiction.Unknown) warnings.Add("no region found in issuer or title");

        var docPeriod = PeriodReader.DocumentPeriod(front.Title, front.Date, structure.Loose);
        var drafts = structure.Clauses;
        if (drafts.Count == 0)
        {
            warnings.Add("no recognizable clause numbering: indexed as passages");
            drafts = Passages(lines.Skip(structure.BodyStart).ToList());
        }

        var tableItems = tableLines.Count > 0 ? TaskTableReader.Read(tableLines, rules, warnings) : new Dictionary<int, List<TaskItem>>();
        var leadFirst = DepartmentReader.DeclaresFirstAsLead(string.Concat(lines.Select(l => l.Text)));
        var clauses = drafts.Select(d => BuildClause(id, d, front.Date, docPeriod, leadFirst, tableItems)).ToList();
        CheckTable(clauses, tableItems, warnings);
        clauses = UniqueIds(clauses, id);

        return new PolicyDocument(
            id,
            fileName,
            front.Title ?? id,
            front.Number,
            front.Issuer,
            front.Jurisdiction,
            front.Date,
            docPeriod,
            clauses,
            warnings,
            hash);
    }

    private Clause BuildClause(
        string docId,
        ClauseDraft d,
        DateOnly? docDate,
        ValidityPeriod docPeriod,
        bool leadFirst,
        IReadOnlyDictionary<int, List<TaskItem>> table)
    {
        var (body, departments) = DepartmentReader.Split(d.Text, leadFirst);
        var heading = HeadingOf(body);
        var stated = PeriodReader.Stated(body, docDate);
        var period = PeriodReader.Combine(stated, docPeriod);
        var items = d.Kind == ClauseKind.Measure && table.TryGetValue(d.Ordinal, out var rows) ? rows : [];
        var topicText = string.Join(' ', items.Select(i => i.Text));
        return new Clause(
            $"{docId}#{d.Ordinal}",
            d.Ordinal,
            d.Label,
            d.Path,
            d.Section,
            heading,
            body,
            departments,
            stated,
            period,
            items,
            topics.Classify(d.Section, heading, body + topicText),
            d.Kind);
    }

    /// <summary>The short title sentence a clause opens with, when it has one.</summary>
    internal static string? HeadingOf(string body)
    {
        var end = body.IndexOf('。');
        if (end <= 0 || end > 40) return null;
        var head = body[..end];
        // A heading is a short title; a long first sentence with clauses of its own is already the measure.
        var hasClauses = head.Contains('，') || head.Contains(',') || head.Contains('；');
        return hasClauses && head.Length > 30 ? null : head;
    }

    private static void CheckTable(List<Clause> clauses, IReadOnlyDictionary<int, List<TaskItem>> table, List<string> warnings)
    {
        var ordinals = clauses.Select(c => c.Ordinal).ToHashSet();
        foreach (var measure in table.Keys.Where(k => !ordinals.Contains(k)))
        {
            warnings.Add($"task table rows for measure {measure}, which the text does not have");
        }
    }

    /// <summary>Where numbering restarts under each section, the same number occurs twice: such clauses are named by their path.</summary>
    private static List<Clause> UniqueIds(List<Clause> clauses, string docId)
    {
        var repeated = clauses.GroupBy(c => c.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return clauses.Select(c => repeated.Contains(c.Ordinal) ? c with { Id = $"{docId}#{string.Concat(c.Path).Replace("、", ".")}" } : c).ToList();
    }
}

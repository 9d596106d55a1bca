using System.Security.Cryptography;
using System.Text;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing;
using PolicyBot.Knowledge.Questions;
using PolicyBot.Knowledge.Regions;
using PolicyBot.Knowledge.Text;
using PolicyBot.Knowledge.Topics;

namespace PolicyBot.Knowledge;

/// <summary>Everything loaded from the knowledge folder: parsed documents, region table, and what went wrong where.</summary>
public sealed record KnowledgeBase(
    string Root,
    IReadOnlyList<PolicyDocument> Documents,
    RegionTable Regions,
    TopicClassifier Topics,
    IReadOnlyList<string> Errors,
    string Fingerprint)
{
    /// <summary>Source documents are text files in knowledge/documents.</summary>
    public static readonly string[] DocumentExtensions = [".txt", ".md"];

    /// <summary>
    /// Loads and parses every document. A file that is not UTF-8 text is reported in Errors by name
    /// and skipped; a folder with no usable document is an error.
    /// </summary>
    public static KnowledgeBase Load(string root)
    {
        var rules = TextRules.Load(Path.Combine(root, "text"));
        var regions = RegionTable.Load(Path.Combine(root, "regions"));
        var topics = TopicClassifier.Load(Path.Combine(root, "topics.yaml"));
        var parser = new DocumentParser(rules, regions, topics);
        var folder = Path.Combine(root, "documents");
        if (!Directory.Exists(folder)) throw new KnowledgeException($"Documents folder not found: {folder}");
        var files = Directory.EnumerateFiles(folder)
            .Where(f => DocumentExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0) throw new KnowledgeException($"No policy documents (*.txt, *.md) in {folder}");

        var documents = new List<PolicyDocument>();
        var errors = new List<string>();
        foreach (var file in files)
        {
            if (ReadText(file, out var error) is { } text) documents.Add(parser.Parse(Path.GetFileName(file), text));
            else errors.Add(error!);
        }

        if (documents.Count == 0) throw new KnowledgeException($"No usable policy document in {folder}: {string.Join("; ", errors)}");
        var withQuestions = RelatedQuestions.Attach(root, documents, rules, errors);
        // A short place name shared by two places means the one the documents cover.
        var covered = regions.Preferring(p => documents.Any(d => d.Jurisdiction != Jurisdiction.Unknown
            && (d.Jurisdiction.City is null ? d.Jurisdiction.Province == p.Province : d.Jurisdiction.City == p.City)));
        return new KnowledgeBase(root, withQuestions, covered, topics, errors, ComputeFingerprint(root, files));
    }

    /// <summary>Hash of every file the index depends on (documents and the data that shapes parsing and analysis).</summary>
    public static string ComputeFingerprint(string root, IEnumerable<string>? documentFiles = null)
    {
        var files = (documentFiles ?? Directory.EnumerateFiles(Path.Combine(root, "documents")))
            .Concat(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.StartsWith(Path.Combine(root, "documents"), StringComparison.Ordinal)))
            .Distinct()
            .Order(StringComparer.Ordinal);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var f in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, f)));
            sha.AppendData(File.ReadAllBytes(f));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..24];
    }

    private static string? ReadText(string file, out string? error)
    {
        error = null;
        var bytes = File.ReadAllBytes(file);
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            error = $"{file}: the file is empty";
            return null;
        }

        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            if (text.Contains('\0'))
            {
                error = $"{file}: not a text file (contains NUL bytes)";
                return null;
            }

            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            error = $"{file}: not UTF-8 text (invalid byte at offset {e.Index}); convert it to UTF-8";
            return null;
        }
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Search.Indexing;

/// <summary>
/// The on-disk Lucene index of clauses, one folder per knowledge fingerprint: opened when it exists,
/// built (into a temporary folder, then moved into place) when the sources changed.
/// </summary>
internal static class ClauseIndex
{
    private const string CompleteMarker = "complete";

    /// <summary>Opens the index for this knowledge base and analysis, building it first if needed; returns whether it was built.</summary>
    public static (Lucene.Net.Store.Directory Directory, bool Built) OpenOrBuild(KnowledgeBase kb, Analyzer analyzer, string dataPath, string analysis)
    {
        System.IO.Directory.CreateDirectory(dataPath);
        // The folder names what it was built from: the knowledge fingerprint and the analysis (which segmenter).
        var folder = Path.Combine(dataPath, $"index-{kb.Fingerprint}-{analysis}");
        if (File.Exists(Path.Combine(folder, CompleteMarker)))
        {
            return (FSDirectory.Open(folder), false);
        }

        var temp = Path.Combine(dataPath, $"building-{kb.Fingerprint}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        using (var dir = FSDirectory.Open(temp))
        {
            Build(kb.Documents, analyzer, dir);
        }

        File.WriteAllText(Path.Combine(temp, CompleteMarker), kb.Fingerprint);
        try
        {
            System.IO.Directory.Move(temp, folder);
        }
        catch (IOException) when (File.Exists(Path.Combine(folder, CompleteMarker)))
        {
            // Another process built the same index first; theirs is as good as ours.
            System.IO.Directory.Delete(temp, recursive: true);
        }

        RemoveStale(dataPath, folder, analysis);
        return (FSDirectory.Open(folder), true);
    }

    /// <summary>Writes every clause of every document into the directory.</summary>
    public static void Build(IEnumerable<PolicyDocument> documents, Analyzer analyzer, Lucene.Net.Store.Directory directory)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var d in documents)
        {
            foreach (var c in d.Clauses)
            {
                var doc = new Document
                {
                    new StringField(FieldNames.Id, c.Id, Field.Store.YES),
                    new StringField(FieldNames.Document, d.Id, Field.Store.NO),
                };
                Analysed(doc, FieldNames.HeadWords, FieldNames.HeadBigrams, $"{c.Section} {c.Heading}");
                Analysed(doc, FieldNames.TextWords, FieldNames.TextBigrams, c.Text);
                if (c.TaskItems.Count > 0) Analysed(doc, FieldNames.TaskWords, FieldNames.TaskBigrams, string.Join("\n", c.TaskItems.Select(t => t.Text)));
                writer.AddDocument(doc);
                foreach (var q in c.Questions)
                {
                    var question = new Document
                    {
                        new StringField(FieldNames.Id, c.Id, Field.Store.YES),
                        new StringField(FieldNames.Document, d.Id, Field.Store.NO),
                        new StoredField(FieldNames.QuestionMarker, q),
                    };
                    Analysed(question, FieldNames.QuestionWords, FieldNames.QuestionBigrams, q);
                    writer.AddDocument(question);
                }
            }
        }

        writer.Commit();
    }

    private static void Analysed(Document doc, string words, string bigrams, string text)
    {
        doc.Add(new TextField(words, text, Field.Store.NO));
        doc.Add(new TextField(bigrams, text, Field.Store.NO));
    }

    private static void RemoveStale(string dataPath, string keep, string analysis)
    {
        foreach (var old in System.IO.Directory.EnumerateDirectories(dataPath, $"index-*-{analysis}").Where(d => d != keep))
        {
            try
            {
                System.IO.Directory.Delete(old, recursive: true);
            }
            catch (IOException)
            {
                // In use by another process; it goes next time.
            }
        }
    }
}

using System.Collections.Frozen;

namespace PolicyBot.Knowledge.Lexicon;

/// <summary>
/// The domain vocabulary from knowledge/lexicon: terms to keep whole, how owners' words map to the
/// documents' words, and words that only say how a question is asked.
/// </summary>
public sealed class DomainLexicon
{
    private DomainLexicon(HashSet<string> terms, Dictionary<string, List<string>> synonyms, HashSet<string> stopwords)
    {
        Terms = terms;
        Synonyms = synonyms;
        Stopwords = stopwords;
        LongestTerm = terms.Concat(synonyms.Keys).Select(t => t.Length).DefaultIfEmpty(0).Max();
        _scanLookup = terms.Concat(synonyms.Keys).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _scanLookup;

    /// <summary>Terms the segmenter keeps whole.</summary>
    public IReadOnlySet<string> Terms { get; }

    /// <summary>Everyday word → the document words it stands for.</summary>
    public IReadOnlyDictionary<string, List<string>> Synonyms { get; }

    /// <summary>Question words that carry no subject.</summary>
    public IReadOnlySet<string> Stopwords { get; }

    /// <summary>Length of the longest term or everyday word, for scanning.</summary>
    public int LongestTerm { get; }

    /// <summary>An empty lexicon (plain ICU segmentation).</summary>
    public static DomainLexicon Empty { get; } = new([], [], []);

    /// <summary>Loads terms.txt, synonyms.txt and stopwords.txt from a folder.</summary>
    public static DomainLexicon Load(string folder)
    {
        var terms = Lines(Path.Combine(folder, "terms.txt")).ToHashSet(StringComparer.Ordinal);
        var synonyms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in Lines(Path.Combine(folder, "synonyms.txt")))
        {
            var sides = line.Split('|');
            if (sides.Length != 2) throw new KnowledgeException($"{Path.Combine(folder, "synonyms.txt")}: line without one '|': {line}");
            var documentWords = Split(sides[0]);
            foreach (var everyday in Split(sides[1]))
            {
                if (!synonyms.TryGetValue(everyday, out var list)) synonyms[everyday] = list = [];
                list.AddRange(documentWords.Where(w => !list.Contains(w)));
            }

            foreach (var w in documentWords) terms.Add(w);
        }

        var stop = Lines(Path.Combine(folder, "stopwords.txt")).ToHashSet(StringComparer.Ordinal);
        return new DomainLexicon(terms, synonyms, stop);
    }

    /// <summary>Every lexicon term or everyday word found in the text, with its offset (overlaps allowed).</summary>
    public IEnumerable<(int Start, string Term)> Scan(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            for (var len = Math.Min(LongestTerm, text.Length - i); len >= 2; len--)
            {
                if (_scanLookup.TryGetValue(text.AsSpan(i, len), out var term)) yield return (i, term);
            }
        }
    }

    private static List<string> Split(string side) =>
        side.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static IEnumerable<string> Lines(string file) =>
        File.Exists(file)
            ? File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#')
            : [];
}

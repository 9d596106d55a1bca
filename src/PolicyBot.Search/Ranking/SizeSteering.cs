namespace PolicyBot.Search.Ranking;

/// <summary>
/// How a company's size steers ranking: a measure that names the firms of the asker's size gains,
/// one that names only firms of other sizes loses. Words per size come from knowledge/lexicon/size-terms.tsv.
/// </summary>
internal sealed class SizeSteering
{
    private readonly Dictionary<string, string[]> _words;
    private readonly string[] _allWords;

    private SizeSteering(Dictionary<string, string[]> words)
    {
        _words = words;
        _allWords = words.Values.SelectMany(w => w).Distinct().ToArray();
    }

    public static SizeSteering Load(string file)
    {
        var words = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (File.Exists(file))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0 && l[0] != '#'))
            {
                var f = line.Split('\t');
                if (f.Length == 2) words[f[0].Trim()] = f[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            }
        }

        return new SizeSteering(words);
    }

    /// <summary>True for a size class the table has words for.</summary>
    public bool Knows(string size) => _words.ContainsKey(size);

    /// <summary>A factor around 1: above for a measure aimed at this size, below for one aimed at other sizes only.</summary>
    public double Factor(string text, string? size)
    {
        if (size is null || !_words.TryGetValue(size, out var mine)) return 1.0;
        if (mine.Any(w => text.Contains(w, StringComparison.Ordinal))) return 1.15;
        return _allWords.Any(w => text.Contains(w, StringComparison.Ordinal)) ? 0.85 : 1.0;
    }
}

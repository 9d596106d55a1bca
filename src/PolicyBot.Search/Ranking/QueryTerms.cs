using PolicyBot.Knowledge.Lexicon;
using PolicyBot.Search.Analysis;

namespace PolicyBot.Search.Ranking;

/// <summary>
/// What a question is about: its words without question words and place names, the text left for
/// bigrams, the document words its everyday words stand for, and the subject words used for confidence.
/// </summary>
internal sealed record QueryTerms(
    IReadOnlyList<string> Words,
    string Cleaned,
    IReadOnlyList<string> Expansions,
    IReadOnlyList<string> Subjects)
{
    public static QueryTerms Of(string text, WordSegmenter segmenter, IEnumerable<(int Start, int Length)> places)
    {
        var lexicon = segmenter.Lexicon;
        var tokens = new List<(int Start, int End, string Text)>();
        segmenter.Segment(text, tokens);
        var blank = new bool[text.Length];
        foreach (var (start, length) in places)
        {
            for (var i = start; i < start + length; i++) blank[i] = true;
        }

        foreach (var t in tokens.Where(t => lexicon.Stopwords.Contains(t.Text)))
        {
            // A question word inside a longer term (的 in 目的) is part of that term, not a question word.
            if (tokens.Any(o => o.Start <= t.Start && o.End >= t.End && o.End - o.Start > t.End - t.Start && !lexicon.Stopwords.Contains(o.Text))) continue;
            for (var i = t.Start; i < t.End; i++) blank[i] = true;
        }

        var content = tokens.Where(t => !Enumerable.Range(t.Start, t.End - t.Start).All(i => blank[i])).ToList();
        var cleaned = new string(text.Select((c, i) => blank[i] ? ' ' : c).ToArray());
        var expansions = content.Where(t => lexicon.Synonyms.ContainsKey(t.Text)).SelectMany(t => lexicon.Synonyms[t.Text]).Distinct().ToList();
        // Subjects: the longest content words (a lexicon term stands for the ICU pieces inside it), two characters or more.
        // ICU's dictionary also makes words of a function character and its neighbour ("我在", "能降"): those
        // characters (one-character question words) are trimmed off, and what is left must still be a word.
        var functionChars = lexicon.Stopwords.Where(w => w.Length == 1).Select(w => w[0]).ToArray();
        var subjects = content
            .Where(t => t.End - t.Start >= 2 && !content.Any(o => o.Start <= t.Start && o.End >= t.End && o.End - o.Start > t.End - t.Start))
            .Select(t => t.Text.Trim(functionChars))
            .Concat(SingleCharacterRuns(content, lexicon))
            .Where(w => w.Length >= 2)
            .Distinct()
            .ToList();
        return new QueryTerms(content.Select(t => t.Text).ToList(), cleaned, expansions, subjects);
    }

    /// <summary>Adjacent one-character words that are not question words ("买|房") stand together as one subject ("买房").</summary>
    private static IEnumerable<string> SingleCharacterRuns(List<(int Start, int End, string Text)> content, DomainLexicon lexicon)
    {
        var run = new System.Text.StringBuilder();
        var end = -1;
        foreach (var t in content.Where(t => t.End - t.Start == 1 && !lexicon.Stopwords.Contains(t.Text) && t.Text[0] >= '\u4e00'))
        {
            if (t.Start != end && run.Length > 0)
            {
                yield return run.ToString();
                run.Clear();
            }

            run.Append(t.Text);
            end = t.End;
        }

        if (run.Length > 0) yield return run.ToString();
    }
}

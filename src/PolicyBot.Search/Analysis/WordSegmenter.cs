using System.Globalization;
using ICU4N.Text;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using PolicyBot.Knowledge.Lexicon;

namespace PolicyBot.Search.Analysis;

/// <summary>Which dictionary cuts Chinese text into words (measured side by side: see ARCHITECTURE.md).</summary>
public enum Segmenter
{
    /// <summary>ICU's dictionary word breaks (ICU4N).</summary>
    Icu,

    /// <summary>Lucene's SmartCn hidden-Markov-model segmenter (Lucene.Net.Analysis.SmartCn).</summary>
    SmartCn,
}

/// <summary>
/// Cuts text into words with the chosen segmenter, then adds every domain-lexicon term found in the text, so
/// "小规模纳税人" is a token as well as its pieces. Punctuation and spaces make no token. Thread-safe.
/// </summary>
internal sealed class WordSegmenter(Segmenter segmenter, DomainLexicon lexicon)
{
    private static readonly ThreadLocal<BreakIterator> Breaker = new(() => BreakIterator.GetWordInstance(new CultureInfo("zh-CN")));

    public DomainLexicon Lexicon => lexicon;

    /// <summary>Tokens of a text in offset order: segmenter words, then lexicon terms at the same start.</summary>
    public void Segment(string text, List<(int Start, int End, string Text)> into)
    {
        if (segmenter == Segmenter.SmartCn) SmartCnWords(text, into);
        else IcuWords(text, into);
        foreach (var (at, term) in lexicon.Scan(text))
        {
            if (!into.Any(t => t.Start == at && t.Text == term)) into.Add((at, at + term.Length, term));
        }

        into.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
    }

    private static void IcuWords(string text, List<(int Start, int End, string Text)> into)
    {
        var breaker = Breaker.Value!;
        breaker.SetText(text);
        var start = breaker.First();
        for (var end = breaker.Next(); end != BreakIterator.Done; start = end, end = breaker.Next())
        {
            if (breaker.RuleStatus < 100) continue;
            into.Add((start, end, Lower(text[start..end])));
        }
    }

    /// <summary>Latin words in lower case; Chinese has no case, and culture-aware lowering of every token is costly.</summary>
    private static string Lower(string word) => word.Any(char.IsAsciiLetterUpper) || word.Any(c => c > '\u007f' && char.IsUpper(c)) ? word.ToLowerInvariant() : word;

    private static void SmartCnWords(string text, List<(int Start, int End, string Text)> into)
    {
        using var tokenizer = new HMMChineseTokenizer(new StringReader(text));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var offset = tokenizer.AddAttribute<IOffsetAttribute>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
        {
            var word = term.ToString();
            if (word.Length == 0 || !word.Any(char.IsLetterOrDigit)) continue;
            into.Add((offset.StartOffset, offset.EndOffset, Lower(word)));
        }

        tokenizer.End();
    }
}

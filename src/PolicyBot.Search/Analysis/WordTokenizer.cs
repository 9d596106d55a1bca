using System.Globalization;
using ICU4N.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PolicyBot.Knowledge.Lexicon;

namespace PolicyBot.Search.Analysis;

/// <summary>
/// Chinese words by ICU's dictionary word breaks, plus every domain-lexicon term found in the text
/// (so "小规模纳税人" is a token as well as 小|规模|纳税|人). Punctuation and spaces make no token.
/// Reads its whole input at Reset: clauses are small.
/// </summary>
internal sealed class WordTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly BreakIterator _breaker = BreakIterator.GetWordInstance(new CultureInfo("zh-CN"));
    private readonly DomainLexicon _lexicon;
    private readonly List<(int Start, int End, string Text)> _tokens = [];
    private int _next;
    private int _length;

    public WordTokenizer(TextReader input, DomainLexicon lexicon)
        : base(input)
    {
        _lexicon = lexicon;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_next >= _tokens.Count) return false;
        var (start, end, text) = _tokens[_next++];
        _term.SetEmpty().Append(text);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        var text = m_input.ReadToEnd();
        _length = text.Length;
        _tokens.Clear();
        _next = 0;
        Segment(text, _breaker, _lexicon, _tokens);
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    /// <summary>Tokens of a text in offset order: ICU words, then lexicon terms at the same start.</summary>
    internal static void Segment(string text, BreakIterator breaker, DomainLexicon lexicon, List<(int Start, int End, string Text)> into)
    {
        breaker.SetText(text);
        var start = breaker.First();
        for (var end = breaker.Next(); end != BreakIterator.Done; start = end, end = breaker.Next())
        {
            if (breaker.RuleStatus < 100) continue;
            into.Add((start, end, text[start..end].ToLowerInvariant()));
        }

        foreach (var (at, term) in lexicon.Scan(text))
        {
            if (!into.Any(t => t.Start == at && t.Text == term)) into.Add((at, at + term.Length, term));
        }

        into.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicyBot.Search.Analysis;

/// <summary>
/// A Lucene tokenizer over <see cref="WordSegmenter"/>: dictionary words plus every domain-lexicon term found in
/// the text. Reads its whole input at Reset: clauses are small.
/// </summary>
internal sealed class WordTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly WordSegmenter _segmenter;
    private readonly List<(int Start, int End, string Text)> _tokens = [];
    private int _next;
    private int _length;

    public WordTokenizer(TextReader input, WordSegmenter segmenter)
        : base(input)
    {
        _segmenter = segmenter;
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
        _segmenter.Segment(text, _tokens);
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }
}

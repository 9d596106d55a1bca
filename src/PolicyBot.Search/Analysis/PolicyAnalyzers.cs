using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using PolicyBot.Search.Indexing;

namespace PolicyBot.Search.Analysis;

/// <summary>
/// Words: <see cref="WordTokenizer"/> (dictionary words of the chosen segmenter + domain lexicon terms).
/// </summary>
internal sealed class WordAnalyzer(WordSegmenter segmenter) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new WordTokenizer(reader, segmenter));
}

/// <summary>
/// Bigrams: StandardTokenizer → CJKWidthFilter → AsciiLowerCaseFilter → CJKBigramFilter (overlapping
/// Han bigrams; a lone Han character stays a unigram; Latin words and numbers pass as they are).
/// </summary>
internal sealed class BigramAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream chain = new CJKWidthFilter(source);
        chain = new AsciiLowerCaseFilter(chain);
        chain = new CJKBigramFilter(chain);
        return new TokenStreamComponents(source, chain);
    }
}

/// <summary>
/// Lower-cases ASCII letters only (after CJKWidthFilter has folded full-width ones): the documents' Latin is
/// "5G", "RCEP", "A级". Lucene's LowerCaseFilter asks the culture about every character, Han included, which
/// was a third of the index build.
/// </summary>
internal sealed class AsciiLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public AsciiLowerCaseFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            if (buffer[i] is >= 'A' and <= 'Z') buffer[i] = (char)(buffer[i] + 32);
        }

        return true;
    }
}

/// <summary>The per-field analyzer of the index: fields ending in "_w" get words, "_b" bigrams.</summary>
internal static class PolicyAnalyzers
{
    public static Analyzer Create(WordSegmenter segmenter) =>
        new PerFieldAnalyzerWrapper(
            new BigramAnalyzer(),
            FieldNames.Parts.ToDictionary(p => p.Words, Analyzer (_) => new WordAnalyzer(segmenter)));
}

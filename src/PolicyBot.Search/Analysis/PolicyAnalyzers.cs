using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using PolicyBot.Knowledge.Lexicon;
using PolicyBot.Search.Indexing;

namespace PolicyBot.Search.Analysis;

/// <summary>
/// Words: <see cref="WordTokenizer"/> (ICU dictionary breaks + domain lexicon terms).
/// </summary>
internal sealed class WordAnalyzer(DomainLexicon lexicon) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new WordTokenizer(reader, lexicon));
}

/// <summary>
/// Bigrams: StandardTokenizer → CJKWidthFilter → LowerCaseFilter → CJKBigramFilter (overlapping
/// Han bigrams; a lone Han character stays a unigram; Latin words and numbers pass as they are).
/// </summary>
internal sealed class BigramAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream chain = new CJKWidthFilter(source);
        chain = new LowerCaseFilter(LuceneVersion.LUCENE_48, chain);
        chain = new CJKBigramFilter(chain);
        return new TokenStreamComponents(source, chain);
    }
}

/// <summary>The per-field analyzer of the index: fields ending in "_w" get words, "_b" bigrams.</summary>
internal static class PolicyAnalyzers
{
    public static Analyzer Create(DomainLexicon lexicon) =>
        new PerFieldAnalyzerWrapper(
            new BigramAnalyzer(),
            FieldNames.Parts.ToDictionary(p => p.Words, Analyzer (_) => new WordAnalyzer(lexicon)));
}

namespace PolicyBot.Search.Analysis;

/// <summary>Which index fields a query searches: compared on the gold questions (see ARCHITECTURE.md).</summary>
public enum AnalysisMode
{
    /// <summary>CJK bigrams only (the classic Chinese BM25 baseline).</summary>
    Bigrams,

    /// <summary>ICU dictionary words only, no lexicon.</summary>
    Words,

    /// <summary>ICU words plus domain-lexicon terms and synonyms.</summary>
    WordsLexicon,

    /// <summary>Words, lexicon and bigrams together.</summary>
    Combined,
}

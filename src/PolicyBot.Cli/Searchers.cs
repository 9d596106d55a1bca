using PolicyBot.Dialogs.Conversation;
using PolicyBot.Dialogs.Definitions;
using PolicyBot.Knowledge;
using PolicyBot.Search;
using PolicyBot.Search.Analysis;
using PolicyBot.Search.Ranking;

namespace PolicyBot.Cli;

/// <summary>Opens the shared searcher with the command line's options, reporting load problems on stderr.</summary>
internal static class Searchers
{
    /// <summary>Tuning knob for measurements: "QuestionWeight=1.2;HeadWeight=1.5" overrides ranking weights.</summary>
    public const string RankingVariable = "POLICYBOT_RANKING";

    /// <summary>For measurements: the word segmenter, "Icu" or "SmartCn".</summary>
    public const string SegmenterVariable = "POLICYBOT_SEGMENTER";

    /// <summary>Same for the confidence model: "Bias=-3;AnswerAt=0.6".</summary>
    public const string ConfidenceVariable = "POLICYBOT_CONFIDENCE";

    public static PolicySearcher Open(CliOptions options, TextWriter error)
    {
        var defaults = new SearchOptions();
        var searchOptions = defaults with
        {
            KnowledgePath = options.KnowledgePath,
            DataPath = options.DataPath,
            Segmenter = Enum.TryParse<Segmenter>(Environment.GetEnvironmentVariable(SegmenterVariable), ignoreCase: true, out var s) ? s : defaults.Segmenter,
            Ranking = Overrides.Apply(defaults.Ranking, Environment.GetEnvironmentVariable(RankingVariable)),
            Confidence = Overrides.Apply(defaults.Confidence, Environment.GetEnvironmentVariable(ConfidenceVariable)),
        };
        var searcher = PolicySearcher.Open(searchOptions, TimeProvider.System);
        foreach (var e in searcher.Knowledge.Errors) error.WriteLine($"warning: {e}");
        return searcher;
    }

    /// <summary>The dialogs' wording of search outcomes, from the dialogs/ folder beside knowledge/.</summary>
    public static OutcomeWording Wording(PolicySearcher searcher)
    {
        var beside = Path.Combine(Path.GetDirectoryName(searcher.Knowledge.Root.TrimEnd(Path.DirectorySeparatorChar))!, "dialogs");
        var folder = Directory.Exists(beside) ? beside : KnowledgePaths.FindUpward("dialogs", AppContext.BaseDirectory)
            ?? throw new KnowledgeException($"No 'dialogs' folder found beside {searcher.Knowledge.Root}");
        try
        {
            return new OutcomeWording(DialogCatalogLoader.Load(folder).Templates, searcher.Documents);
        }
        catch (Exception e) when (e is InvalidDataException or YamlDotNet.Core.YamlException)
        {
            throw new KnowledgeException($"dialogs/ cannot be read: {e.Message}");
        }
    }
}

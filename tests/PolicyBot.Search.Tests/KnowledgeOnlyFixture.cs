using PolicyBot.Knowledge;

namespace PolicyBot.Search.Tests;

/// <summary>The repository's knowledge, parsed once, without any index: for the jobs of the search that need none.</summary>
public sealed class KnowledgeOnlyFixture
{
    public KnowledgeBase Knowledge { get; } = KnowledgeBase.Load(KnowledgePaths.FindUpward("knowledge", AppContext.BaseDirectory)!);
}

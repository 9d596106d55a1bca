using PolicyBot.Knowledge;

namespace PolicyBot.Knowledge.Tests;

/// <summary>The repository's knowledge folder, parsed once for all tests of a class.</summary>
public sealed class KnowledgeFixture
{
    public KnowledgeFixture()
    {
        Root = KnowledgePaths.FindUpward("knowledge", AppContext.BaseDirectory) ?? throw new InvalidOperationException("knowledge folder not found");
        Knowledge = KnowledgeBase.Load(Root);
    }

    public string Root { get; }

    public KnowledgeBase Knowledge { get; }

    public PolicyBot.Knowledge.Documents.PolicyDocument Doc(string fileStart) =>
        Knowledge.Documents.Single(d => d.FileName.StartsWith(fileStart, StringComparison.Ordinal));
}

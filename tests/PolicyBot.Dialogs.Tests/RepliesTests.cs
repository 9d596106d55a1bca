using PolicyBot.Knowledge;

namespace PolicyBot.Dialogs.Tests;

public sealed class RepliesTests
{
    [Fact]
    public void Load_EveryDialogsFile_HasAllWording()
    {
        var dialogs = Path.Combine(Path.GetDirectoryName(KnowledgePaths.FindUpward("knowledge", AppContext.BaseDirectory)!)!, "dialogs");
        var replies = Replies.Load(dialogs);
        Assert.NotEmpty(replies.Suggestions);
        Assert.Contains("{citation}", replies.AnswerItem);
    }

    [Fact]
    public void Load_MissingEntry_FailsNamingIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"pb-replies-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "replies.yaml"), "welcome: 你好\n");
        var e = Assert.Throws<InvalidDataException>(() => Replies.Load(folder));
        Assert.Contains("Help", e.Message);
    }
}

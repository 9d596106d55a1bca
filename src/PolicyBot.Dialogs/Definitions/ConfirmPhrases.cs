namespace PolicyBot.Dialogs.Definitions;

/// <summary>How a yes/no question of the bot is answered (是 / 否 and other ways to say them); the first of each is its button.</summary>
public sealed record ConfirmPhrases(IReadOnlyList<string> Yes, IReadOnlyList<string> No)
{
    public static readonly ConfirmPhrases None = new([], []);

    /// <summary>True for yes, false for no, null when the message is neither (compared without spaces and punctuation).</summary>
    public bool? Read(string text)
    {
        var compact = TextShape.Compact(text);
        if (compact.Length == 0) return null;
        if (Yes.Any(p => TextShape.Compact(p) == compact)) return true;
        if (No.Any(p => TextShape.Compact(p) == compact)) return false;
        return null;
    }
}

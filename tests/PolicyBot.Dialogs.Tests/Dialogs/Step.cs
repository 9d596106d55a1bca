namespace PolicyBot.Dialogs.Tests.Dialogs;

/// <summary>One user turn and what the bot's replies must (and must not) contain.</summary>
public sealed record Step(string? Say, string[] Expect, string[]? ExpectNot = null)
{
    public override string ToString() => Say ?? "(join)";
}

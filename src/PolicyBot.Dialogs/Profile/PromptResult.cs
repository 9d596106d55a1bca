namespace PolicyBot.Dialogs.Profile;

/// <summary>What a slot prompt ends with: the slot asked, what was understood, and whether the user gave up on it.</summary>
public sealed record PromptResult(string SlotId, ProfileUpdate Update, bool Skipped);

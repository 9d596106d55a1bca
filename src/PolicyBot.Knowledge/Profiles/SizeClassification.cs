namespace PolicyBot.Knowledge.Profiles;

/// <summary>The size class derived from figures (null when nothing relevant is known) and how it was derived.</summary>
public sealed record SizeClassification(string? Class, string Explanation, bool Partial, string StandardId);

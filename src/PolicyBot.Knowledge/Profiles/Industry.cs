namespace PolicyBot.Knowledge.Profiles;

/// <summary>An industry a user may name: canonical name, the words people use, its size-standard row and search terms.</summary>
public sealed record Industry(string Id, string Name, string SizeStandard, IReadOnlyList<string> Keywords, IReadOnlyList<string> QueryTerms);

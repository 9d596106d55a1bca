namespace PolicyBot.Dialogs.Definitions;

/// <summary>A term in clause text and the template explaining it, shown with answers that use the term.</summary>
public sealed record TermNote(string Term, string Note);

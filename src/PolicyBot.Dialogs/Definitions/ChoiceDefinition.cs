namespace PolicyBot.Dialogs.Definitions;

/// <summary>One answer a prompt offers: button title, other ways to say it, and an optional engine action.</summary>
public sealed record ChoiceDefinition(string Id, string Title, IReadOnlyList<string> Synonyms, string? Action)
{
    /// <summary>The title and every synonym.</summary>
    public IEnumerable<string> Phrases => Synonyms.Prepend(Title);
}

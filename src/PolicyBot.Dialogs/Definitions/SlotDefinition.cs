namespace PolicyBot.Dialogs.Definitions;

/// <summary>A piece of the company profile the bot may ask for, with its prompt, re-prompt and choices.</summary>
public sealed record SlotDefinition(
    string Id,
    string Kind,
    string Recognizer,
    bool Required,
    string Prompt,
    string Retry,
    int MaxAttempts,
    string? Indicator,
    IReadOnlyList<string> Derive,
    IReadOnlyList<ChoiceDefinition> Choices)
{
    /// <summary>Slot kinds a definition may use.</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { "choice", "number", "text" };

    /// <summary>Recognizer names the engine knows.</summary>
    public static readonly IReadOnlySet<string> Recognizers = new HashSet<string>(StringComparer.Ordinal) { "region", "industry", "size", "figure" };
}

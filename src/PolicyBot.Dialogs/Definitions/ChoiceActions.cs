namespace PolicyBot.Dialogs.Definitions;

/// <summary>Names of the engine actions a choice may carry in dialogs/*.yaml.</summary>
public static class ChoiceActions
{
    public const string Skip = "skip";
    public const string Derive = "derive";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Skip, Derive };
}

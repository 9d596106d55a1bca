namespace PolicyBot.Dialogs.Definitions;

/// <summary>A command that works at any point (帮助, 重新开始, …): its trigger phrases, action and reply template.</summary>
public sealed record InterruptionDefinition(string Id, string Action, IReadOnlyList<string> Triggers, string Reply)
{
    public const string Greeting = "greeting";
    public const string Help = "help";
    public const string Restart = "restart";
    public const string ChangeCity = "change_city";
    public const string FullText = "full_text";
    public const string Cancel = "cancel";
    public const string More = "more";
    public const string ShowProfile = "show_profile";

    /// <summary>Action names the engine knows.</summary>
    public static readonly IReadOnlySet<string> Actions = new HashSet<string>(StringComparer.Ordinal)
    {
        Greeting, Help, Restart, ChangeCity, FullText, Cancel, More, ShowProfile,
    };
}

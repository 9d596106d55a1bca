using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyBot.Dialogs.Definitions;

/// <summary>Reply templates by id, with {name} placeholders; every word the bot says comes from here.</summary>
public sealed partial class TemplateSet(IReadOnlyDictionary<string, string> templates)
{
    public IEnumerable<string> Ids => templates.Keys;

    public bool Contains(string id) => templates.ContainsKey(id);

    /// <summary>The raw template text.</summary>
    public string Raw(string id) =>
        templates.TryGetValue(id, out var text) ? text : throw new KeyNotFoundException($"No template '{id}' in dialogs/");

    /// <summary>The template with its placeholders filled; unknown placeholders are left as they are.</summary>
    public string Render(string id, params (string Name, object? Value)[] values)
    {
        var text = Raw(id);
        if (values.Length == 0) return text;
        var map = values.ToDictionary(v => v.Name, v => Convert.ToString(v.Value, CultureInfo.InvariantCulture) ?? "", StringComparer.Ordinal);
        return Placeholder().Replace(text, m => map.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
    }

    /// <summary>Placeholder names used in a template.</summary>
    public IEnumerable<string> PlaceholdersOf(string id) => Placeholder().Matches(Raw(id)).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}

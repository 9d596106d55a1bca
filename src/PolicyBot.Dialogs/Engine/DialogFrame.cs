namespace PolicyBot.Dialogs.Engine;

/// <summary>One entry of the persisted dialog stack: which dialog, and its own small state.</summary>
public sealed class DialogFrame
{
    public string Id { get; set; } = "";

    public Dictionary<string, string> Values { get; set; } = [];

    public string? Get(string key) => Values.GetValueOrDefault(key);

    public int GetInt(string key) => int.TryParse(Values.GetValueOrDefault(key), out var n) ? n : 0;

    public void Set(string key, string? value)
    {
        if (value is null) Values.Remove(key);
        else Values[key] = value;
    }

    public void Set(string key, int value) => Values[key] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

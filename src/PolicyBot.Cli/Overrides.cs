using System.Globalization;
using System.Reflection;

namespace PolicyBot.Cli;

/// <summary>Applies "Name=value;Name=value" to a copy of an options record's numeric properties (for tuning runs).</summary>
internal static class Overrides
{
    public static T Apply<T>(T options, string? spec)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(spec)) return options;
        var copy = (T)typeof(T).GetMethod("<Clone>$")!.Invoke(options, null)!;
        foreach (var pair in spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, value) = pair.Split('=', 2) is [var n, var v] ? (n.Trim(), v.Trim()) : throw new ArgumentException($"not Name=value: {pair}");
            var property = typeof(T).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new ArgumentException($"{typeof(T).Name} has no setting {name}");
            property.SetValue(copy, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
        }

        return copy;
    }
}

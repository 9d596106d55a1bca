using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyBot.Dialogs;

/// <summary>The bot's wording, loaded from dialogs/replies.yaml; templates take {named} placeholders.</summary>
public sealed class Replies
{
    public string Welcome { get; set; } = "";
    public string Help { get; set; } = "";
    public string Empty { get; set; } = "";
    public string NotFound { get; set; } = "";
    public string Coverage { get; set; } = "";
    public string AnswerIntro { get; set; } = "";
    public string AnswerItem { get; set; } = "";
    public string ExpiredNote { get; set; } = "";
    public string Error { get; set; } = "";
    public List<string> Suggestions { get; set; } = [];

    /// <summary>Loads replies.yaml from the dialogs folder; a missing or empty entry is an error naming it.</summary>
    public static Replies Load(string dialogsFolder)
    {
        var file = Path.Combine(dialogsFolder, "replies.yaml");
        if (!File.Exists(file)) throw new FileNotFoundException($"Reply wording not found: {file}", file);
        var replies = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<Replies>(File.ReadAllText(file)) ?? new Replies();
        var missing = typeof(Replies).GetProperties().Where(p => p.PropertyType == typeof(string) && string.IsNullOrWhiteSpace((string?)p.GetValue(replies))).Select(p => p.Name).ToList();
        if (missing.Count > 0) throw new InvalidDataException($"{file}: missing wording for {string.Join(", ", missing)}");
        return replies;
    }

    /// <summary>Fills {name} placeholders.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var text = template;
        foreach (var (key, value) in values) text = text.Replace("{" + key + "}", value, StringComparison.Ordinal);
        return text.TrimEnd();
    }
}

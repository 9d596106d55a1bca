using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyBot.Knowledge.Topics;

/// <summary>Assigns kinds of support (税费, 金融信贷, …) to a clause from the keywords in knowledge/topics.yaml.</summary>
public sealed class TopicClassifier
{
    private readonly IReadOnlyList<Topic> _topics;

    private readonly string? _fallback;

    private readonly string? _fallbackRefer;

    private TopicClassifier(IReadOnlyList<Topic> topics, string? fallback, string? fallbackRefer = null)
    {
        _topics = topics;
        _fallback = fallback;
        _fallbackRefer = fallbackRefer;
    }

    /// <summary>Topic names in the order the file gives them.</summary>
    public IReadOnlyList<string> Names => _topics.Select(t => t.Name).ToList();

    /// <summary>A classifier that assigns nothing.</summary>
    public static TopicClassifier None { get; } = new([], null);

    /// <summary>Loads topics.yaml.</summary>
    public static TopicClassifier Load(string file)
    {
        if (!File.Exists(file)) return None;
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var data = deserializer.Deserialize<TopicFile>(File.ReadAllText(file)) ?? new TopicFile();
        return new TopicClassifier(data.Topics.Where(t => !string.IsNullOrWhiteSpace(t.Name)).ToList(), data.Fallback, data.FallbackRefer);
    }

    /// <summary>Topics of a clause, best first; the fallback topic when no keyword occurs.</summary>
    public IReadOnlyList<string> Classify(string? section, string? heading, string text)
    {
        var scored = new List<(string Name, int Score, int Order)>();
        for (var i = 0; i < _topics.Count; i++)
        {
            var t = _topics[i];
            var score = 0;
            foreach (var k in t.Keywords)
            {
                if (section?.Contains(k, StringComparison.Ordinal) == true) score += 3;
                if (heading?.Contains(k, StringComparison.Ordinal) == true) score += 3;
                if (text.Contains(k, StringComparison.Ordinal)) score += 1;
            }

            if (score > 0) scored.Add((t.Name, score, i));
        }

        if (scored.Count == 0) return _fallback is null ? [] : [_fallback];
        return scored.OrderByDescending(s => s.Score).ThenBy(s => s.Order).Select(s => s.Name).ToList();
    }

    /// <summary>Which departments to ask about a text's kind of support (its best topic's "refer"), or the general referral.</summary>
    public string? ReferralFor(string text)
    {
        var best = Classify(null, null, text).FirstOrDefault();
        return _topics.FirstOrDefault(t => t.Name == best)?.Refer ?? _fallbackRefer;
    }

    private sealed class TopicFile
    {
        public string? FallbackRefer { get; set; }

        public List<Topic> Topics { get; set; } = [];

        public string? Fallback { get; set; }
    }

    private sealed class Topic
    {
        public string Name { get; set; } = "";

        public List<string> Keywords { get; set; } = [];

        public string? Refer { get; set; }
    }
}

using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyBot.Knowledge.Scope;

/// <summary>
/// Subjects next to enterprise-support policies that no policy answers (personal tax, medical insurance claims,
/// company registration, visas …) and the department that handles each, from knowledge/scope.yaml.
/// </summary>
public sealed class PolicyScope
{
    private readonly IReadOnlyList<OutsideSubject> _outside;

    private PolicyScope(IReadOnlyList<OutsideSubject> outside) => _outside = outside;

    /// <summary>Nothing is known to be outside.</summary>
    public static PolicyScope Everything { get; } = new([]);

    /// <summary>
    /// A subject outside the policies, the words that name it, and where to ask. A word may be written with "…"
    /// between its parts ("社保…转移"): the parts in that order, a few characters apart ("社保从湛江转移到广州").
    /// </summary>
    public sealed record OutsideSubject(string Subject, IReadOnlyList<string> Words, string Refer)
    {
        private readonly Regex[] _patterns = Words
            .Select(w => new Regex(string.Join(".{0,8}?", w.Split('…', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)), RegexOptions.CultureInvariant))
            .ToArray();

        /// <summary>The first word of the subject the text names, as it appears there, or null.</summary>
        public string? NamedIn(string text) => _patterns.Select(p => p.Match(text)).FirstOrDefault(m => m.Success)?.Value;
    }

    /// <summary>Loads scope.yaml; a missing file means nothing is known to be outside.</summary>
    public static PolicyScope Load(string file)
    {
        if (!File.Exists(file)) return Everything;
        var data = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<ScopeFile>(File.ReadAllText(file)) ?? new ScopeFile();
        return new PolicyScope(data.Outside
            .Where(o => o.Subject.Length > 0 && o.Words.Count > 0)
            .Select(o => new OutsideSubject(o.Subject, o.Words.Where(w => w.Replace("…", "").Length >= 2).ToList(), o.Refer))
            .ToList());
    }

    /// <summary>The outside subject the question names and the clause does not speak of, or null.</summary>
    public OutsideSubject? Outside(string question, string clauseText) =>
        _outside.FirstOrDefault(o => o.NamedIn(question) is { } named && o.NamedIn(clauseText) is null && !clauseText.Contains(named, StringComparison.Ordinal));

    private sealed class ScopeFile
    {
        public List<Entry> Outside { get; set; } = [];
    }

    private sealed class Entry
    {
        public string Subject { get; set; } = "";

        public List<string> Words { get; set; } = [];

        public string Refer { get; set; } = "";
    }
}

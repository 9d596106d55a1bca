using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyBot.Knowledge.Lexicon;

/// <summary>
/// Details a question can ask for (a deadline, a contact, paperwork; a year) and whether a clause states them,
/// from knowledge/lexicon/facets.yaml. A clause that lacks the detail asked for does not answer the question.
/// </summary>
public sealed partial class QuestionFacets
{
    private readonly IReadOnlyList<Facet> _facets;

    private QuestionFacets(IReadOnlyList<Facet> facets) => _facets = facets;

    /// <summary>No facets (every clause states everything).</summary>
    public static QuestionFacets None { get; } = new([]);

    /// <summary>A detail asked for: its name and the patterns that show a clause states it.</summary>
    public sealed record Facet(string Name, IReadOnlyList<string> Asks, IReadOnlyList<Regex> States);

    /// <summary>Loads facets.yaml; a missing file means no facets; a bad pattern is an error naming it.</summary>
    public static QuestionFacets Load(string file)
    {
        if (!File.Exists(file)) return None;
        var data = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<FacetFile>(File.ReadAllText(file)) ?? new FacetFile();
        var facets = new List<Facet>();
        foreach (var f in data.Facets)
        {
            try
            {
                facets.Add(new Facet(f.Name, f.Asks.Where(a => a.Length > 0).ToList(), f.States.Select(s => new Regex(s, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50))).ToList()));
            }
            catch (ArgumentException e)
            {
                throw new KnowledgeException($"{file}: facet {f.Name} has a bad pattern: {e.Message}");
            }
        }

        return new QuestionFacets(facets);
    }

    /// <summary>The first detail the question asks for that the clause text does not state, or null when it states all asked.</summary>
    public string? Missing(string question, string clauseText, IReadOnlySet<int> yearsCovered)
    {
        foreach (var f in _facets)
        {
            if (f.Asks.Any(a => question.Contains(a, StringComparison.Ordinal)) && !f.States.Any(r => r.IsMatch(clauseText))) return f.Name;
        }

        foreach (Match m in Year().Matches(question))
        {
            var year = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (!yearsCovered.Contains(year) && !clauseText.Contains(m.Groups[1].Value, StringComparison.Ordinal)) return "year";
        }

        return null;
    }

    [GeneratedRegex(@"(20\d\d)\s*年")]
    private static partial Regex Year();

    private sealed class FacetFile
    {
        public List<FacetEntry> Facets { get; set; } = [];
    }

    private sealed class FacetEntry
    {
        public string Name { get; set; } = "";

        public List<string> Asks { get; set; } = [];

        public List<string> States { get; set; } = [];
    }
}

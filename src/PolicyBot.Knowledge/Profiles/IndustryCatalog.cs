using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyBot.Knowledge.Profiles;

/// <summary>The industries of knowledge/industries.yaml, found in free text by their longest keyword.</summary>
public sealed class IndustryCatalog
{
    private readonly List<(string Keyword, Industry Industry)> _keywords;

    private IndustryCatalog(IReadOnlyList<Industry> industries)
    {
        Industries = industries;
        _keywords = industries
            .SelectMany(i => i.Keywords.Append(i.Name).Distinct(StringComparer.OrdinalIgnoreCase).Select(k => (k, i)))
            .OrderByDescending(p => p.k.Length)
            .ToList();
    }

    public IReadOnlyList<Industry> Industries { get; }

    /// <summary>Loads the catalog from YAML; keywords must be unique across industries.</summary>
    public static IndustryCatalog Load(string file)
    {
        var model = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build()
            .Deserialize<FileModel>(File.ReadAllText(file))
            ?? throw new InvalidDataException($"{file}: empty industry file");
        var industries = model.Industries
            .Select(m => new Industry(m.Id, m.Name, m.SizeStandard, m.Keywords, m.QueryTerms))
            .ToList();
        var duplicate = industries.SelectMany(i => i.Keywords.Append(i.Name).Distinct().Select(k => (k, i.Id)))
            .GroupBy(p => p.k, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Select(p => p.Id).Distinct().Count() > 1);
        if (duplicate is not null)
            throw new InvalidDataException($"{file}: keyword '{duplicate.Key}' belongs to more than one industry");
        return new IndustryCatalog(industries);
    }

    /// <summary>The industry with this id or canonical name, or null.</summary>
    public Industry? Resolve(string? name) =>
        name is null ? null : Industries.FirstOrDefault(i => i.Id == name || i.Name == name);

    /// <summary>The industry whose longest keyword occurs in the text (the leftmost one on a tie), or null.</summary>
    public Industry? FindIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        Industry? best = null;
        int bestLength = 0, bestAt = int.MaxValue;
        foreach (var (keyword, industry) in _keywords)
        {
            if (keyword.Length < bestLength) break;
            var at = text.IndexOf(keyword, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (keyword.Length > bestLength || at < bestAt))
            {
                best = industry;
                bestLength = keyword.Length;
                bestAt = at;
            }
        }

        return best;
    }

    private sealed class FileModel
    {
        public List<IndustryModel> Industries { get; set; } = [];
    }

    private sealed class IndustryModel
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string SizeStandard { get; set; } = "";
        public List<string> Keywords { get; set; } = [];
        public List<string> QueryTerms { get; set; } = [];
    }
}

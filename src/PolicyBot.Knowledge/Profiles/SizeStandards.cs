using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyBot.Knowledge.Profiles;

/// <summary>The national size-class table (knowledge/size-standards.yaml): classes, indicators, one row per industry group.</summary>
public sealed class SizeStandards
{
    private readonly Dictionary<string, SizeStandard> _rows;

    private SizeStandards(string source, IReadOnlyList<string> classes, string micro, IReadOnlyList<SizeStandard> rows, SizeExplanationWording wording)
    {
        Source = source;
        Classes = classes;
        Micro = micro;
        Rows = rows;
        Wording = wording;
        _rows = rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>The documents the table comes from.</summary>
    public string Source { get; }

    /// <summary>Classes with lower bounds, largest first (大型, 中型, 小型).</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>The class below the smallest bound (微型).</summary>
    public string Micro { get; }

    public IReadOnlyList<SizeStandard> Rows { get; }

    public SizeExplanationWording Wording { get; }

    /// <summary>Every class name, largest first, 微型 last.</summary>
    public IEnumerable<string> AllClasses => Classes.Append(Micro);

    /// <summary>The row with this id, or null.</summary>
    public SizeStandard? Row(string? id) => id is not null && _rows.TryGetValue(id, out var row) ? row : null;

    /// <summary>Loads the table from a YAML file, checking that every row gives one bound per class.</summary>
    public static SizeStandards Load(string file)
    {
        var model = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build()
            .Deserialize<FileModel>(File.ReadAllText(file))
            ?? throw new InvalidDataException($"{file}: empty size-standard file");

        var indicators = model.Indicators.ToDictionary(i => i.Id, i => new SizeIndicator(i.Id, i.Name, i.Unit), StringComparer.Ordinal);
        var rows = new List<SizeStandard>();
        foreach (var row in model.Rows)
        {
            var bounds = new List<SizeBound>();
            foreach (var (indicatorId, values) in row.Bounds)
            {
                if (!indicators.TryGetValue(indicatorId, out var indicator))
                    throw new InvalidDataException($"{file}: row {row.Id} uses unknown indicator {indicatorId}");
                if (values.Count != model.Classes.Count)
                    throw new InvalidDataException($"{file}: row {row.Id}, {indicatorId}: expected {model.Classes.Count} bounds");
                if (!values.SequenceEqual(values.OrderDescending()))
                    throw new InvalidDataException($"{file}: row {row.Id}, {indicatorId}: bounds must fall from 大型 to 小型");
                bounds.Add(new SizeBound(indicator, values));
            }

            if (bounds.Count == 0) throw new InvalidDataException($"{file}: row {row.Id} has no bounds");
            rows.Add(new SizeStandard(row.Id, row.Name, row.Label ?? row.Name, bounds));
        }

        var w = model.Explanation;
        var wording = new SizeExplanationWording(w.Figure, w.Approx, w.Separator, w.Shortfall, w.Heading, w.Top, w.Partly, w.None, w.Partial, w.Unknown);
        return new SizeStandards(model.Source, model.Classes, model.Micro, rows, wording);
    }

    private sealed class FileModel
    {
        public string Source { get; set; } = "";
        public List<string> Classes { get; set; } = [];
        public string Micro { get; set; } = "";
        public List<IndicatorModel> Indicators { get; set; } = [];
        public List<RowModel> Rows { get; set; } = [];
        public WordingModel Explanation { get; set; } = new();
    }

    private sealed class IndicatorModel
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Unit { get; set; } = "";
    }

    private sealed class RowModel
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Label { get; set; }
        public Dictionary<string, List<decimal>> Bounds { get; set; } = [];
    }

    private sealed class WordingModel
    {
        public string Figure { get; set; } = "";
        public string Approx { get; set; } = "";
        public string Separator { get; set; } = "";
        public string Shortfall { get; set; } = "";
        public string Heading { get; set; } = "";
        public string Top { get; set; } = "";
        public string Partly { get; set; } = "";
        public string None { get; set; } = "";
        public string Partial { get; set; } = "";
        public string Unknown { get; set; } = "";
    }
}

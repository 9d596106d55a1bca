using System.Globalization;

namespace PolicyBot.Knowledge.Profiles;

/// <summary>
/// Derives 大型/中型/小型/微型 from figures with the national standard: a class needs every indicator of the row
/// at or above its lower bound, otherwise the firm falls one band; below 小型 on any indicator is 微型.
/// With only some indicators known it classifies on those and says so.
/// </summary>
public sealed class SizeClassifier(SizeStandards standards)
{
    /// <summary>Classifies figures against the row <paramref name="standardId"/> (from the industry catalog).</summary>
    public SizeClassification Classify(string standardId, CompanyFigures figures)
    {
        var row = standards.Row(standardId) ?? throw new ArgumentException($"Unknown size standard row: {standardId}", nameof(standardId));
        var w = standards.Wording;
        var known = row.Bounds.Where(b => figures.Get(b.Indicator.Id) is not null).ToList();
        var unknown = row.Bounds.Where(b => figures.Get(b.Indicator.Id) is null).ToList();
        if (known.Count == 0)
        {
            var needed = string.Join(w.Separator, row.Bounds.Select(b => b.Indicator.Name));
            return new SizeClassification(null, Fill(w.Unknown, ("label", row.Label), ("needed", needed)), true, row.Id);
        }

        // Largest class whose every known lower bound is reached; none reached means 微型.
        var index = Enumerable.Range(0, standards.Classes.Count)
            .FirstOrDefault(i => known.All(b => figures.Get(b.Indicator.Id)!.Value >= b.LowerBounds[i]), -1);
        var cls = index < 0 ? standards.Micro : standards.Classes[index];

        var figureText = string.Join(w.Separator, known.Select(b => Fill(w.Figure,
            ("name", b.Indicator.Name),
            ("approx", figures.Approximate ? w.Approx : ""),
            ("value", Number(figures.Get(b.Indicator.Id)!.Value)),
            ("unit", b.Indicator.Unit))));
        var text = Fill(w.Heading, ("label", row.Label), ("figures", figureText));

        if (index == 0)
        {
            text += Fill(w.Top, ("class", cls));
        }
        else
        {
            var upperIndex = index < 0 ? standards.Classes.Count - 1 : index - 1;
            var upper = standards.Classes[upperIndex];
            var met = known.Where(b => figures.Get(b.Indicator.Id)!.Value >= b.LowerBounds[upperIndex]).ToList();
            var shortfalls = string.Join(w.Separator, known.Except(met).Select(b => Fill(w.Shortfall,
                ("name", b.Indicator.Name), ("bound", Number(b.LowerBounds[upperIndex])), ("unit", b.Indicator.Unit))));
            text += met.Count > 0
                ? Fill(w.Partly, ("upper", upper), ("met", string.Join(w.Separator, met.Select(b => b.Indicator.Name))), ("shortfalls", shortfalls), ("class", cls))
                : Fill(w.None, ("upper", upper), ("shortfalls", shortfalls), ("class", cls));
        }

        if (unknown.Count > 0)
        {
            text += Fill(w.Partial, ("unknown", string.Join(w.Separator, unknown.Select(b => b.Indicator.Name))));
        }

        return new SizeClassification(cls, text, unknown.Count > 0, row.Id);
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Fill(string template, params (string Name, string Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            template = template.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return template;
    }
}

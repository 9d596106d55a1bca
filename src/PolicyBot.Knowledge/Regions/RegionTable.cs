using System.Collections.Frozen;
using System.Globalization;
using ICU4N.Text;

namespace PolicyBot.Knowledge.Regions;

/// <summary>
/// Provinces, cities and counties loaded from knowledge/regions, found by full name ("廉江市") or by the
/// short name people say ("廉江"). Short names that are also everyday words are listed in not-places.txt.
/// </summary>
public sealed class RegionTable
{
    private static readonly string[] Suffixes = ["特别行政区", "自治州", "自治县", "自治旗", "地区", "新区", "林区", "省", "市", "县", "区", "盟", "旗"];

    private static readonly ThreadLocal<BreakIterator> Breaker = new(() => BreakIterator.GetWordInstance(new CultureInfo("zh-CN")));

    private readonly FrozenDictionary<string, Place> _byName;
    private readonly int _longestName;

    private readonly ISet<string> _notPlaces;

    private RegionTable(IReadOnlyList<Place> places, ISet<string> notPlaces, Func<Place, bool>? preferred = null)
    {
        Places = places;
        _notPlaces = notPlaces;
        var names = new Dictionary<string, Place>(StringComparer.Ordinal);
        var ambiguous = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        // Higher levels first, so a short name shared by a city and a county means the city.
        foreach (var place in places.OrderBy(p => p.Level))
        {
            foreach (var name in NamesOf(place))
            {
                if (name.Length < 2 || notPlaces.Contains(name)) continue;
                if (names.TryGetValue(name, out var existing))
                {
                    // The same short name at the same level in two places is ambiguous: keep neither, unless exactly
                    // one of them is preferred (a place the knowledge base covers: "华容" is 鄂州's district, not 岳阳's county).
                    if (existing.Level == place.Level && existing != place && name != place.Name)
                    {
                        if (!ambiguous.TryGetValue(name, out var list)) ambiguous[name] = list = [names[name].Name.Length > 0 ? names[name] : existing];
                        list.Add(place);
                        names[name] = existing with { Name = "" };
                    }

                    continue;
                }
                names[name] = place;
            }
        }

        if (preferred is not null)
        {
            foreach (var (name, candidates) in ambiguous)
            {
                var chosen = candidates.Where(preferred).ToList();
                if (chosen.Count == 1) names[name] = chosen[0];
            }
        }

        _byName = names.Where(kv => kv.Value.Name.Length > 0).ToFrozenDictionary(StringComparer.Ordinal);
        _longestName = _byName.Count == 0 ? 0 : _byName.Keys.Max(k => k.Length);
        _spanLookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly FrozenDictionary<string, Place>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;

    /// <summary>All places of the table.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>Loads divisions.tsv (and not-places.txt when present) from a folder.</summary>
    public static RegionTable Load(string folder)
    {
        var file = Path.Combine(folder, "divisions.tsv");
        if (!File.Exists(file)) throw new FileNotFoundException($"Region table not found: {file}", file);
        var places = new List<Place>();
        foreach (var raw in File.ReadLines(file))
        {
            if (raw.Length == 0 || raw[0] == '#' || raw.StartsWith("code\t", StringComparison.Ordinal)) continue;
            var f = raw.Split('\t');
            if (f.Length < 2) continue;
            string? At(int i) => f.Length > i && f[i].Trim().Length > 0 ? f[i].Trim() : null;
            var province = At(1)!;
            var city = At(2);
            var county = At(3);
            places.Add(new Place(county ?? city ?? province, province, city, county));
        }

        var stop = Path.Combine(folder, "not-places.txt");
        var notPlaces = File.Exists(stop)
            ? File.ReadLines(stop).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();
        return new RegionTable(places, notPlaces);
    }

    /// <summary>The same table, where a short name shared by several places means the one place that is preferred, if only one is.</summary>
    public RegionTable Preferring(Func<Place, bool> preferred) => new(Places, _notPlaces, preferred);

    /// <summary>Creates a table from places (tests, other sources).</summary>
    public static RegionTable From(IReadOnlyList<Place> places) => new(places, new HashSet<string>());

    /// <summary>The place of exactly this name, full or short, or null.</summary>
    public Place? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        return _byName.GetValueOrDefault(name.Trim());
    }

    /// <summary>Places mentioned in free text, longest match first at each position, left to right.</summary>
    public IReadOnlyList<Place> FindAll(string text) => Mentions(text).Select(m => m.Place).ToList();

    /// <summary>Where places are mentioned: start, length and place, left to right, longest match at each position.</summary>
    public IReadOnlyList<(int Start, int Length, Place Place)> Mentions(string text)
    {
        var found = new List<(int, int, Place)>();
        HashSet<int>? boundaries = null;
        for (var i = 0; i < text.Length;)
        {
            var matched = 0;
            for (var len = Math.Min(_longestName, text.Length - i); len >= 2; len--)
            {
                if (_spanLookup.TryGetValue(text.AsSpan(i, len), out var place))
                {
                    if (place.Level == PlaceLevel.County && !text.AsSpan(i, len).SequenceEqual(place.Name))
                    {
                        boundaries ??= WordBoundaries(text);
                        if (!boundaries.Contains(i) || !boundaries.Contains(i + len)) continue;
                    }

                    found.Add((i, len, place));
                    matched = len;
                    break;
                }
            }

            i += matched > 0 ? matched : 1;
        }

        return found;
    }

    /// <summary>
    /// The most specific place the text names, or null: a county inside a city or province also named,
    /// else the most specific city or province, else a county named alone.
    /// </summary>
    public Place? FindIn(string text)
    {
        var all = FindAll(text);
        if (all.Count == 0) return null;
        var upper = all.Where(p => p.Level != PlaceLevel.County).ToList();
        var counties = all.Where(p => p.Level == PlaceLevel.County).ToList();
        var nested = counties.FirstOrDefault(c => upper.Any(u => u.City is null ? u.Province == c.Province : u.City == c.City));
        if (nested is not null) return nested;
        if (upper.Count > 0) return upper.OrderByDescending(p => p.Level).First();
        return counties[0];
    }

    private static HashSet<int> WordBoundaries(string text)
    {
        var breaker = Breaker.Value!;
        breaker.SetText(text);
        var set = new HashSet<int>();
        for (var b = breaker.First(); b != BreakIterator.Done; b = breaker.Next()) set.Add(b);
        return set;
    }

    private static IEnumerable<string> NamesOf(Place place)
    {
        yield return place.Name;
        foreach (var suffix in Suffixes)
        {
            if (place.Name.Length > suffix.Length + 1 && place.Name.EndsWith(suffix, StringComparison.Ordinal))
            {
                yield return place.Name[..^suffix.Length];
                break;
            }
        }
    }
}

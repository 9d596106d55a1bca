using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace PolicyBot.Knowledge.Text;

/// <summary>
/// Data-driven cleaning rules from knowledge/text: glyph repairs, traditional-only characters and
/// page-furniture patterns. One instance is shared by every document parse.
/// </summary>
public sealed class TextRules
{
    private TextRules(
        FrozenDictionary<char, char> glyphs,
        FrozenSet<char> traditional,
        IReadOnlyList<Regex> drop,
        IReadOnlyList<Regex> end)
    {
        Glyphs = glyphs;
        Traditional = traditional;
        DropLine = drop;
        EndOfBody = end;
    }

    /// <summary>Character repairs, e.g. ꎬ → ，.</summary>
    public FrozenDictionary<char, char> Glyphs { get; }

    /// <summary>Characters found only in traditional Chinese.</summary>
    public FrozenSet<char> Traditional { get; }

    /// <summary>Patterns of lines to remove (page numbers, URLs).</summary>
    public IReadOnlyList<Regex> DropLine { get; }

    /// <summary>Patterns of lines that end the policy text (抄送, 公开方式, 印发).</summary>
    public IReadOnlyList<Regex> EndOfBody { get; }

    /// <summary>Rules that change nothing (tests of other parts).</summary>
    public static TextRules None { get; } = new(FrozenDictionary<char, char>.Empty, FrozenSet<char>.Empty, [], []);

    /// <summary>Loads glyphs.tsv, traditional.txt and furniture.tsv from a folder; missing files mean no rules of that kind.</summary>
    public static TextRules Load(string folder)
    {
        var glyphs = new Dictionary<char, char>();
        foreach (var fields in Rows(Path.Combine(folder, "glyphs.tsv")))
        {
            if (fields.Length >= 2 && fields[0].Length == 1 && fields[1].Length == 1) glyphs[fields[0][0]] = fields[1][0];
        }

        var traditional = Rows(Path.Combine(folder, "traditional.txt")).SelectMany(f => f[0]).ToFrozenSet();
        var drop = new List<Regex>();
        var end = new List<Regex>();
        foreach (var fields in Rows(Path.Combine(folder, "furniture.tsv")))
        {
            if (fields.Length < 2) continue;
            var regex = new Regex(fields[1], RegexOptions.Compiled | RegexOptions.CultureInvariant);
            (fields[0] == "end" ? end : drop).Add(regex);
        }

        return new TextRules(glyphs.ToFrozenDictionary(), traditional, drop, end);
    }

    private static IEnumerable<string[]> Rows(string file)
    {
        if (!File.Exists(file)) yield break;
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }
}

using System.Globalization;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Profiles;

namespace PolicyBot.Cli;

/// <summary>The command and its options, parsed from the command line.</summary>
public sealed record CliOptions(
    string Command,
    IReadOnlyList<string> Positional,
    CompanyProfile Profile,
    int Top,
    bool Jsonl,
    bool Verbose,
    DateOnly AsOf,
    string? KnowledgePath,
    string? DataPath)
{
    public const string Usage = """
        usage: policybot <command> [options]
          ask "问题" [--city 湛江] [--industry 制造业] [--size 小型] [--top 5]   answer a question with citations
          ask --jsonl                                  read {"id","q","profile"} lines on stdin, write one JSON line each
          index [--verbose]                            build the index and print the parse report
          show <document><clause> | <document> <clause>  one clause in full, e.g. show 鄂州第二十五条  or  show 鄂州 二十五
          bench                                        index build time, query latency p50/p99, memory
          help, --help, -h                             this text
        common options: --as-of YYYY-MM-DD  --knowledge <folder>  --data <index folder>
        """;

    /// <summary>True when the arguments ask for the usage text: `help` as the command, or --help / -h anywhere.</summary>
    public static bool AsksForHelp(string[] args) => args is ["help", ..] || args.Any(a => a is "--help" or "-h");

    /// <summary>Parses arguments; throws ArgumentException with a readable message on bad input.</summary>
    public static CliOptions Parse(string[] args, TimeProvider clock)
    {
        if (args.Length == 0) throw new ArgumentException("no command given");
        var positional = new List<string>();
        string? city = null, industry = null, size = null, knowledge = null, data = null;
        var top = 5;
        var jsonl = false;
        var verbose = false;
        var asOf = new PolicyCalendar(clock).Today;
        for (var i = 1; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--city": city = Value(); break;
                case "--industry": industry = Value(); break;
                case "--size": size = Value(); break;
                case "--knowledge": knowledge = Value(); break;
                case "--data": data = Value(); break;
                case "--jsonl": jsonl = true; break;
                case "--verbose" or "-v": verbose = true; break;
                case "--top":
                    top = int.TryParse(Value(), out var t) && t is > 0 and <= 100 ? t : throw new ArgumentException("--top takes a number from 1 to 100");
                    break;
                case "--as-of":
                    asOf = DateOnly.TryParseExact(Value(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                        ? d
                        : throw new ArgumentException("--as-of takes a date as YYYY-MM-DD");
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"unknown option {args[i]}");
                    positional.Add(args[i]);
                    break;
            }
        }

        return new CliOptions(args[0], positional, new CompanyProfile(city, industry, size), top, jsonl, verbose, asOf, knowledge, data);
    }
}

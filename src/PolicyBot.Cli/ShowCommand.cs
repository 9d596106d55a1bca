using PolicyBot.Search;

namespace PolicyBot.Cli;

/// <summary>`show &lt;document&gt; &lt;clause&gt;`: one clause in full, with its task-table rows.</summary>
internal static class ShowCommand
{
    public static int Run(CliOptions options, TextWriter output, TextWriter error)
    {
        if (options.Positional.Count < 2)
        {
            error.WriteLine("show needs a document and a clause, e.g. show 鄂州 二十五   or   show 粤办函〔2022〕41号 （五）");
            return 2;
        }

        using var searcher = Searchers.Open(options, error);
        var document = string.Join(' ', options.Positional.Take(options.Positional.Count - 1));
        var hit = searcher.Find(document, options.Positional[^1], options.AsOf);
        if (hit is null)
        {
            error.WriteLine($"no clause {options.Positional[^1]} found in a document matching \"{document}\"");
            return 1;
        }

        var shown = new SearchResponse([hit], SearchOutcome.Answered, QueryKind.Lookup, Coverage.Everything(searcher.Documents));
        AnswerText.Write(shown, Searchers.Wording(searcher), options.AsOf, output);
        return 0;
    }
}

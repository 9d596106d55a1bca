using PolicyBot.Search;

namespace PolicyBot.Cli;

/// <summary>`show 鄂州第二十五条` or `show &lt;document&gt; &lt;clause&gt;`: one clause in full, with its task-table rows.</summary>
internal static class ShowCommand
{
    private const string Needs = "show needs a clause reference, e.g. show 鄂州第二十五条   or   show 鄂州 二十五   or   show 粤办函〔2022〕41号 （五）";

    public static int Run(CliOptions options, TextWriter output, TextWriter error)
    {
        var args = options.Positional;
        if (args.Count == 0)
        {
            error.WriteLine(Needs);
            return 2;
        }

        using var searcher = Searchers.Open(options, error);
        var wording = Searchers.Wording(searcher);
        SearchHit? hit;
        string problem;
        if (args.Count == 1)
        {
            // Document and clause in one argument ("鄂州第二十五条"): read the way the search reads a lookup question.
            var response = searcher.Search(new SearchRequest(args[0], Top: 1, AsOf: options.AsOf));
            if (response.Kind != QueryKind.Lookup)
            {
                error.WriteLine(Needs);
                return 2;
            }

            hit = response.Hits.FirstOrDefault();
            problem = wording.Explain(response) ?? $"no clause found for \"{args[0]}\"";
        }
        else
        {
            var document = string.Join(' ', args.Take(args.Count - 1));
            hit = searcher.Find(document, args[^1], options.AsOf);
            problem = $"no clause {args[^1]} found in a document matching \"{document}\"";
        }

        if (hit is null)
        {
            error.WriteLine(problem);
            return 1;
        }

        var shown = new SearchResponse([hit], SearchOutcome.Answered, QueryKind.Lookup, Coverage.Everything(searcher.Documents));
        AnswerText.Write(shown, wording, options.AsOf, output);
        return 0;
    }
}

using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Conversation;
using PolicyBot.Search;

namespace PolicyBot.Cli;

/// <summary>`ask`: one question answered readably, or `--jsonl` lines answered as JSON lines.</summary>
internal static class AskCommand
{
    public static async Task<int> RunAsync(CliOptions options, TextReader input, TextWriter output, TextWriter error)
    {
        using var searcher = Searchers.Open(options, error);
        var wording = Searchers.Wording(searcher);
        if (options.Jsonl) return await JsonLinesAsync(searcher, wording, options, input, output);
        if (options.Positional.Count == 0)
        {
            await error.WriteLineAsync("ask needs a question, e.g. policybot ask \"湛江 房租减免\" (or --jsonl to read questions from stdin)");
            return 2;
        }

        var question = string.Join(' ', options.Positional);
        var response = searcher.Search(new SearchRequest(question, options.Profile.IsEmpty ? null : options.Profile, options.Top, options.AsOf));
        AnswerText.Write(response, wording, options.AsOf, output);
        return 0;
    }

    private static async Task<int> JsonLinesAsync(PolicySearcher searcher, OutcomeWording wording, CliOptions options, TextReader input, TextWriter output)
    {
        var number = 0;
        while (await input.ReadLineAsync() is { } line)
        {
            number++;
            if (line.Trim().Length == 0) continue;
            await output.WriteLineAsync(AnswerLine(searcher, wording, options, line, number).ToJsonString(AnswerJson.Options));
        }

        await output.FlushAsync();
        return 0;
    }

    /// <summary>One input line to one output object; a line that cannot be read gives an error object naming its number.</summary>
    private static JsonObject AnswerLine(IPolicySearch searcher, OutcomeWording wording, CliOptions options, string line, int number)
    {
        var question = JsonlQuestion.Read(line, options);
        return question.Request is { } request
            ? AnswerJson.Response(question.Id, searcher.Search(request), wording)
            : AnswerJson.Error(question.Id, number, question.Error!);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Conversation;
using PolicyBot.Knowledge.Profiles;
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
        while (await input.ReadLineAsync() is { } line)
        {
            if (line.Trim().Length == 0) continue;
            await output.WriteLineAsync(AnswerLine(searcher, wording, options, line).ToJsonString(AnswerJson.Options));
        }

        await output.FlushAsync();
        return 0;
    }

    /// <summary>One input line to one output object; a bad line gives an error object, never an exception.</summary>
    internal static JsonObject AnswerLine(IPolicySearch searcher, OutcomeWording wording, CliOptions options, string line)
    {
        JsonObject? o;
        try
        {
            o = JsonNode.Parse(line) as JsonObject;
        }
        catch (JsonException e)
        {
            return AnswerJson.Error(null, $"not a JSON object: {e.Message}");
        }

        if (o is null) return AnswerJson.Error(null, "not a JSON object");
        var id = o["id"] is JsonValue idv ? idv.ToString() : null;
        if (o["q"] is not JsonValue qv || qv.GetValueKind() != JsonValueKind.String) return AnswerJson.Error(id, "missing \"q\" (the question text)");
        var profile = o["profile"] is JsonObject p
            ? new CompanyProfile(Text(p, "city"), Text(p, "industry"), Text(p, "size"))
            : options.Profile;
        var top = o["top"] is JsonValue tv && tv.TryGetValue<int>(out var t) && t is > 0 and <= 100 ? t : options.Top;
        var response = searcher.Search(new SearchRequest(qv.GetValue<string>(), profile.IsEmpty ? null : profile, top, options.AsOf));
        return AnswerJson.Response(id, response, wording);
    }

    private static string? Text(JsonObject o, string key) =>
        o[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Trim().Length > 0 ? v.GetValue<string>().Trim() : null;
}

using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyBot.Knowledge.Profiles;
using PolicyBot.Search;

namespace PolicyBot.Cli;

/// <summary>
/// One input line of `ask --jsonl`: {"id": string|number, "q": string, "profile": {"city","industry","size"}, "top": 1–100},
/// every field but q optional. Either Request is set, or Error says what is wrong with the line.
/// </summary>
internal sealed record JsonlQuestion(string? Id, SearchRequest? Request, string? Error)
{
    public static JsonlQuestion Read(string line, CliOptions defaults)
    {
        string? id = null;
        try
        {
            var o = Parse(line);
            id = o["id"] switch
            {
                null => null,
                JsonValue v when v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number => v.ToString(),
                _ => throw new FormatException("\"id\" must be a string or a number"),
            };
            var q = o["q"] switch
            {
                null => throw new FormatException("missing \"q\" (the question text)"),
                JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
                _ => throw new FormatException("\"q\" must be a string"),
            };
            var profile = o["profile"] switch
            {
                null => defaults.Profile,
                JsonObject p => new CompanyProfile(Text(p, "city"), Text(p, "industry"), Text(p, "size")),
                _ => throw new FormatException("\"profile\" must be an object with city, industry and size"),
            };
            var top = o["top"] switch
            {
                null => defaults.Top,
                JsonValue v when v.TryGetValue<int>(out var t) && t is > 0 and <= 100 => t,
                _ => throw new FormatException("\"top\" must be a whole number from 1 to 100"),
            };
            return new JsonlQuestion(id, new SearchRequest(q, profile.IsEmpty ? null : profile, top, defaults.AsOf), null);
        }
        catch (FormatException e)
        {
            return new JsonlQuestion(id, null, e.Message);
        }
    }

    private static JsonObject Parse(string line)
    {
        try
        {
            return JsonNode.Parse(line) as JsonObject ?? throw new FormatException("not a JSON object");
        }
        catch (JsonException e)
        {
            throw new FormatException($"not JSON ({e.Message})");
        }
    }

    private static string? Text(JsonObject profile, string key) => profile[key] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Trim() is { Length: > 0 } s ? s : null,
        _ => throw new FormatException($"\"profile.{key}\" must be a string"),
    };
}

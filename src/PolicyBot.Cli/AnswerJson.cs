using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Conversation;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Search;

namespace PolicyBot.Cli;

/// <summary>The JSON line protocol of `ask --jsonl` (see shared/eval/score).</summary>
internal static class AnswerJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static JsonObject Response(string? id, SearchResponse r, OutcomeWording wording) => new()
    {
        ["id"] = id,
        ["confident"] = r.Confident,
        ["outcome"] = JsonNamingPolicy.SnakeCaseLower.ConvertName(r.Outcome.ToString()),
        ["confidence"] = r.Confidence is { } c
            ? new JsonObject
            {
                ["probability"] = Math.Round(c.Probability, 3),
                ["share"] = Math.Round(c.Share, 3),
                ["margin"] = Math.Round(c.Margin, 3),
                ["question_match"] = Math.Round(c.QuestionMatch, 3),
                ["agreement"] = c.Agreement,
                ["unseen"] = Math.Round(c.Unseen, 3),
                ["share_lead"] = Math.Round(c.ShareLead, 3),
                ["specificity"] = Math.Round(c.Specificity, 3),
                ["lonely"] = c.Lonely,
            }
            : null,
        ["missing_detail"] = r.MissingDetail,
        ["kind"] = r.Kind.ToString().ToLowerInvariant(),
        ["message"] = wording.Explain(r) ?? wording.PlaceNote(r),
        ["coverage"] = new JsonObject
        {
            ["place"] = r.Coverage.Place,
            ["city_covered"] = r.Coverage.CityCovered,
            ["documents"] = new JsonArray(r.Coverage.Documents.Select(d => (JsonNode?)JsonValue.Create(d.Id)).ToArray()),
        },
        ["results"] = new JsonArray(r.Hits.Select(h => (JsonNode?)Hit(h)).ToArray()),
    };

    /// <summary>The answer to an input line that could not be read: which line, and why.</summary>
    public static JsonObject Error(string? id, int line, string message) => new()
    {
        ["id"] = id,
        ["line"] = line,
        ["error"] = $"line {line}: {message}",
        ["confident"] = false,
        ["results"] = new JsonArray(),
    };

    public static JsonObject Hit(SearchHit h) => new()
    {
        ["document"] = Document(h.Document),
        ["clause"] = new JsonObject
        {
            ["id"] = h.Clause.Id,
            ["ordinal"] = h.Clause.Ordinal,
            ["label"] = h.Clause.Label,
            ["path"] = new JsonArray(h.Clause.Path.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()),
            ["section"] = h.Clause.Section,
            ["heading"] = h.Clause.Heading,
            ["topics"] = new JsonArray(h.Clause.Topics.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
            ["departments"] = new JsonObject
            {
                ["lead"] = new JsonArray(h.Clause.Departments.Lead.Select(x => (JsonNode?)JsonValue.Create(x)).ToArray()),
                ["supporting"] = new JsonArray(h.Clause.Departments.Supporting.Select(x => (JsonNode?)JsonValue.Create(x)).ToArray()),
            },
        },
        ["citation"] = h.Citation,
        ["text"] = h.Clause.Text,
        ["validity"] = new JsonObject
        {
            ["from"] = h.Clause.Period.From?.ToString("yyyy-MM-dd"),
            ["to"] = h.Clause.Period.To?.ToString("yyyy-MM-dd"),
            ["source"] = h.Clause.Period.Source.ToString().ToLowerInvariant(),
            ["status"] = h.Status.Code(),
            ["described"] = $"{h.Clause.Period.Describe()}（{h.Status.Chinese()}）",
        },
        ["score"] = Math.Round(h.Score, 4),
    };

    private static JsonObject Document(PolicyDocument d) => new()
    {
        ["id"] = d.Id,
        ["title"] = d.Title,
        ["number"] = d.Number,
        ["issuer"] = d.Issuer,
        ["region"] = d.Jurisdiction.City is null ? d.Jurisdiction.Province : d.Jurisdiction.Province + d.Jurisdiction.City,
        ["province"] = d.Jurisdiction.Province,
        ["city"] = d.Jurisdiction.City,
        ["date"] = d.Date?.ToString("yyyy-MM-dd"),
    };
}

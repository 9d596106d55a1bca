using PolicyBot.Channels;
using PolicyBot.Schema;

namespace PolicyBot.Web.Http;

/// <summary>Protocol-shaped results: <c>{"error": {"code", "message"}}</c> bodies and status-plus-body answers.</summary>
internal static class ErrorResults
{
    public static IResult Json(int statusCode, string code, string message) =>
        Results.Json(ErrorResponse.Of(code, message), ProtocolJson.Options, statusCode: statusCode);

    public static IResult From(int statusCode, object? body) =>
        body is null ? Results.StatusCode(statusCode) : Results.Json(body, ProtocolJson.Options, statusCode: statusCode);
}

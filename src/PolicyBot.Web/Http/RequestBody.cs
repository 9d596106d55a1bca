using System.Buffers;
using System.Text.Json;
using PolicyBot.Channels;
using PolicyBot.Schema;

namespace PolicyBot.Web.Http;

/// <summary>
/// Reads a JSON request body: 415 unless it is declared as JSON (so a cross-site form post, which can only send
/// text/plain or form types, never reaches a handler), 413 over the size limit, 400 when it is not the expected object.
/// </summary>
internal static class RequestBody
{
    /// <summary>The parsed activity, or the error result to answer with.</summary>
    public static async Task<(Activity? Activity, IResult? Error)> ReadActivityAsync(
        HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (RequireJson(request) is { } notJson)
        {
            return (null, notJson); // an activity is never empty, so even a body-less request must say JSON
        }
        var (bytes, error) = await ReadAsync(request, maxBytes, cancellationToken);
        if (error is not null)
        {
            return (null, error);
        }
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(bytes, ProtocolJson.Options);
        }
        catch (JsonException exception)
        {
            return (null, ErrorResults.Json(400, "BadArgument", $"Malformed JSON: {exception.Message}"));
        }
        if (activity is null)
        {
            return (null, ErrorResults.Json(400, "BadArgument", "The body must be an activity object."));
        }
        return string.IsNullOrWhiteSpace(activity.Type)
            ? (null, ErrorResults.Json(400, "MissingProperty", "The activity has no type."))
            : (activity, null);
    }

    /// <summary>Reads an optional JSON body of type <typeparamref name="T"/>; empty is null.</summary>
    public static async Task<(T? Value, IResult? Error)> ReadOptionalAsync<T>(
        HttpRequest request, int maxBytes, CancellationToken cancellationToken) where T : class
    {
        var (bytes, error) = await ReadAsync(request, maxBytes, cancellationToken);
        if (error is not null || bytes.Length == 0)
        {
            return (null, error);
        }
        try
        {
            return (JsonSerializer.Deserialize<T>(bytes, ProtocolJson.Options), null);
        }
        catch (JsonException exception)
        {
            return (null, ErrorResults.Json(400, "BadArgument", $"Malformed JSON: {exception.Message}"));
        }
    }

    /// <summary>415 unless the request is declared as application/json (or application/*+json); null when it is.</summary>
    public static IResult? RequireJson(HttpRequest request) =>
        request.HasJsonContentType()
            ? null
            : ErrorResults.Json(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType",
                "The body must be sent as Content-Type: application/json.");

    private static async Task<(byte[] Bytes, IResult? Error)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var hasBody = request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);
        if (hasBody && RequireJson(request) is { } notJson)
        {
            return ([], notJson);
        }
        if (request.ContentLength > maxBytes)
        {
            return ([], TooLarge(maxBytes));
        }
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(8192);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return (buffer.WrittenSpan.ToArray(), null);
            }
            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return ([], TooLarge(maxBytes));
            }
        }
    }

    private static IResult TooLarge(int maxBytes) =>
        ErrorResults.Json(413, "MessageSizeTooBig", $"The request body exceeds {maxBytes} bytes.");
}

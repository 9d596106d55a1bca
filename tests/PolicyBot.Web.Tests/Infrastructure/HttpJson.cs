using System.Net.Http.Json;
using System.Text.Json;
using PolicyBot.Channels;
using PolicyBot.Schema;

namespace PolicyBot.Web.Tests.Infrastructure;

/// <summary>Posting and reading protocol JSON in tests.</summary>
public static class HttpJson
{
    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, string path, Activity activity) =>
        client.PostAsJsonAsync(path, activity, ProtocolJson.Options);

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(ProtocolJson.Options))!;

    public static async Task<string> ErrorCodeAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("error").GetProperty("code").GetString()!;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PolicyBot.Channels;
using PolicyBot.Channels.DirectLine;
using PolicyBot.Schema;

namespace PolicyBot.Web.Tests.Infrastructure;

/// <summary>Direct Line calls the tests repeat: minting with the secret, starting, posting, polling.</summary>
public static class DirectLineHttp
{
    public const string Base = "/v3/directline";

    public static HttpRequestMessage Authorized(HttpMethod method, string path, string bearer)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return request;
    }

    /// <summary>POST /tokens/generate with the test secret.</summary>
    public static async Task<HttpResponseMessage> GenerateAsync(this HttpClient client, string userId, string secret = PolicyBotWebFactory.Secret)
    {
        using var request = Authorized(HttpMethod.Post, $"{Base}/tokens/generate", secret);
        request.Content = JsonContent.Create(new TokenParameters(new ChannelAccount(userId)), options: ProtocolJson.Options);
        return await client.SendAsync(request);
    }

    /// <summary>Generates a token with the secret and starts its conversation.</summary>
    public static async Task<ConversationInfo> StartConversationAsync(this HttpClient client, string userId)
    {
        var generated = await client.GenerateAsync(userId);
        if (generated.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"tokens/generate answered {(int)generated.StatusCode}");
        }
        var token = (await generated.ReadAsync<ConversationInfo>()).Token;
        using var start = Authorized(HttpMethod.Post, $"{Base}/conversations", token);
        return await (await client.SendAsync(start)).ReadAsync<ConversationInfo>();
    }

    public static async Task<HttpResponseMessage> PostMessageAsync(this HttpClient client, ConversationInfo conversation, string text,
        ChannelAccount? from = null, string? token = null)
    {
        using var request = Authorized(HttpMethod.Post, $"{Base}/conversations/{conversation.ConversationId}/activities", token ?? conversation.Token);
        request.Content = JsonContent.Create(new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            From = from ?? new ChannelAccount("u_test", "Tester", "user"),
            ChannelData = JsonSerializer.SerializeToElement(new { clientActivityID = Guid.NewGuid().ToString("N") }),
        }, options: ProtocolJson.Options);
        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> GetActivitiesAsync(this HttpClient client, string conversationId, string token, string? watermark = null)
    {
        using var request = Authorized(HttpMethod.Get, $"{Base}/conversations/{conversationId}/activities?watermark={watermark}", token);
        return await client.SendAsync(request);
    }
}

using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using PolicyBot.Channels;
using PolicyBot.Channels.DirectLine;
using PolicyBot.Schema;
using Activity = PolicyBot.Schema.Activity;

namespace PolicyBot.Web.Bench;

/// <summary>One conversation's worth of turns; returns per-turn latencies and the error count.</summary>
internal delegate Task<ConversationResult> Conversation(HttpClient client, int index, int turns, CancellationToken cancellationToken);

/// <summary>Latencies of the completed turns of one conversation and how many turns failed.</summary>
internal sealed record ConversationResult(IReadOnlyList<TimeSpan> Latencies, int Errors);

/// <summary>The two ways a client reaches the bot: the bot endpoint with expectReplies, and Direct Line post plus poll.</summary>
internal static class Scenarios
{
    /// <summary>What owners and hotline staff ask: questions, lookups, a question outside the documents.</summary>
    private static readonly string[] Questions =
    [
        "湛江 房租减免", "鄂州第二十五条", "忻州研发费用加计扣除比例", "广东降低银行卡刷卡手续费的政策",
        "惠州跨境电商有什么支持", "小微企业贷款贴息", "高新技术企业认定有哪些条件？", "鄂州首贷户贴息政策",
    ];

    /// <summary>Where the bench's activities say replies would go; with expectReplies nothing is ever sent there.</summary>
    public const string ServiceUrl = "https://bench.invalid/";

    /// <summary>The channel id of the bench's activities, endorsed by the bench's signing key.</summary>
    public const string ChannelId = "bench";

    /// <summary>
    /// The bot endpoint with authentication on: each conversation mints one Bot Connector token at its start and sends
    /// it with every turn, as a channel reuses its token.
    /// </summary>
    public static Conversation BotEndpoint(ChannelAuth? auth) =>
        (client, index, turns, cancellationToken) => BotEndpointAsync(client, auth?.Mint(), index, turns, cancellationToken);

    private static async Task<ConversationResult> BotEndpointAsync(HttpClient client, string? token, int index, int turns,
        CancellationToken cancellationToken)
    {
        var latencies = new List<TimeSpan>(turns);
        var errors = 0;
        for (var turn = 0; turn < turns && !cancellationToken.IsCancellationRequested; turn++)
        {
            var activity = BotActivity(index, turn);
            if (!await TimedAsync(latencies, async () =>
            {
                using var response = await PostToBotAsync(client, activity, token, cancellationToken);
                var body = response.IsSuccessStatusCode
                    ? await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options, cancellationToken)
                    : null;
                return body is { Activities.Count: > 0 };
            }, cancellationToken)) errors++;
        }
        return new ConversationResult(latencies, errors);
    }

    /// <summary>One message as a channel sends it to the bot endpoint, asking for the replies in the response.</summary>
    public static Activity BotActivity(int index, int turn) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"b{index}-{turn}",
        Text = Questions[Math.Abs(index + turn) % Questions.Length],
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        From = new ChannelAccount($"bench-user-{index}", Role: "user"),
        Recipient = new ChannelAccount("policybot", Role: "bot"),
        Conversation = new ConversationAccount($"bench-conv-{index}"),
        Locale = "zh-CN",
        DeliveryMode = "expectReplies",
    };

    /// <summary>POST /api/messages with <c>Authorization: Bearer {token}</c>.</summary>
    public static async Task<HttpResponseMessage> PostToBotAsync(HttpClient client, Activity activity, string? token,
        CancellationToken cancellationToken)
    {
        using var request = token is null ? new HttpRequestMessage(HttpMethod.Post, "/api/messages") : Authorized(HttpMethod.Post, "/api/messages", token);
        request.Content = JsonContent.Create(activity, options: ProtocolJson.Options);
        return await client.SendAsync(request, cancellationToken);
    }

    public static async Task<ConversationResult> DirectLineAsync(HttpClient client, int index, int turns, CancellationToken cancellationToken)
    {
        var latencies = new List<TimeSpan>(turns);
        var errors = 0;
        ConversationInfo conversation;
        try
        {
            conversation = await StartAsync(client, index, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Text.Json.JsonException)
        {
            return new ConversationResult(latencies, turns);
        }
        var watermark = "";
        for (var turn = 0; turn < turns && !cancellationToken.IsCancellationRequested; turn++)
        {
            if (!await TimedAsync(latencies, async () =>
            {
                var posted = await PostAsync(client, conversation, index, turn, cancellationToken);
                var (answered, next) = await PollForReplyAsync(client, conversation, watermark, posted, cancellationToken);
                watermark = next;
                return answered;
            }, cancellationToken)) errors++;
        }
        return new ConversationResult(latencies, errors);
    }

    /// <summary>Runs one turn; records its latency when it was answered, and says whether it was (a transport failure is not).</summary>
    private static async Task<bool> TimedAsync(List<TimeSpan> latencies, Func<Task<bool>> turn, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            if (!await turn()) return false;
            latencies.Add(Stopwatch.GetElapsedTime(started));
            return true;
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Text.Json.JsonException
                                          || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    /// <summary>Mints a Direct Line token with the secret and starts a conversation with it.</summary>
    public static async Task<ConversationInfo> StartAsync(HttpClient client, int index, CancellationToken cancellationToken)
    {
        using var generate = Authorized(HttpMethod.Post, "/v3/directline/tokens/generate", BenchHost.Secret);
        generate.Content = JsonContent.Create(new TokenParameters(new ChannelAccount($"u_bench_{index}")), options: ProtocolJson.Options);
        using var generated = await client.SendAsync(generate, cancellationToken);
        generated.EnsureSuccessStatusCode();
        var token = (await generated.Content.ReadFromJsonAsync<ConversationInfo>(ProtocolJson.Options, cancellationToken))!.Token;
        using var start = Authorized(HttpMethod.Post, "/v3/directline/conversations", token);
        using var started = await client.SendAsync(start, cancellationToken);
        started.EnsureSuccessStatusCode();
        return (await started.Content.ReadFromJsonAsync<ConversationInfo>(ProtocolJson.Options, cancellationToken))!;
    }

    private static async Task<string> PostAsync(HttpClient client, ConversationInfo conversation, int index, int turn, CancellationToken cancellationToken)
    {
        using var request = Authorized(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token);
        request.Content = JsonContent.Create(new Activity
        {
            Type = ActivityTypes.Message,
            Text = Questions[Math.Abs(index + turn) % Questions.Length],
            From = new ChannelAccount($"u_bench_{index}", Role: "user"),
        }, options: ProtocolJson.Options);
        using var response = await client.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ResourceResponse>(ProtocolJson.Options, cancellationToken))!.Id!;
    }

    // Web Chat polls once right after sending; the bench does the same and retries briefly if the reply is not there yet.
    private static async Task<(bool Answered, string Watermark)> PollForReplyAsync(HttpClient client, ConversationInfo conversation,
        string watermark, string postedId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var request = Authorized(HttpMethod.Get,
                $"/v3/directline/conversations/{conversation.ConversationId}/activities?watermark={watermark}", conversation.Token);
            using var response = await client.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            var set = (await response.Content.ReadFromJsonAsync<ActivitySet>(ProtocolJson.Options, cancellationToken))!;
            watermark = set.Watermark ?? watermark;
            if (set.Activities.Any(a => a.ReplyToId == postedId))
            {
                return (true, watermark);
            }
            await Task.Delay(20, cancellationToken);
        }
        return (false, watermark);
    }

    public static HttpRequestMessage Authorized(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}

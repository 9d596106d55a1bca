using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PolicyBot.Channels;
using PolicyBot.Channels.DirectLine;
using PolicyBot.Schema;
using Activity = PolicyBot.Schema.Activity;

namespace PolicyBot.Web.Bench;

/// <summary>
/// Fills Direct Line conversations to their caps and reports the process's memory: each conversation gets ~30 KB
/// messages (the bot answers "too long" at once) until its byte cap drops the oldest, a few more to show the cap holds,
/// and one oversized message that must get 413. One sample conversation is also posted into until its lifetime post
/// cap answers 403 ConversationFull.
/// </summary>
internal static class MemoryFill
{
    private const int Workers = 16;

    /// <summary>ASCII text: one serialized byte is two bytes of .NET string, the costliest kind of byte to keep.</summary>
    private static readonly string Big = new('x', 30_000);
    private static readonly string Oversized = new('y', 33_000);

    public static async Task RunAsync(HttpClient client, int conversations, DirectLineOptions caps)
    {
        // 9 posts of ~30 KB pass the 256 KB cap; the rest show it holds.
        var bigPosts = (int)Math.Ceiling((double)caps.MaxBytesPerConversation / Big.Length) + 3;
        Console.WriteLine();
        Console.WriteLine($"Memory: {conversations:N0} Direct Line conversations, each sent {bigPosts} messages of {Big.Length:N0} chars (ASCII) " +
                          $"and 1 of {Oversized.Length:N0}; caps {caps.MaxActivitiesPerConversation} activities, " +
                          $"{caps.MaxBytesPerConversation / 1024} KB, {caps.MaxActivityBytes / 1024} KB per activity, {caps.MaxPostsPerConversation} posts; " +
                          $"{Workers} workers; GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}");
        var (rssBefore, heapBefore) = Measure();
        Console.WriteLine($"  before fill: RSS {rssBefore,8:F1} MiB, managed heap {heapBefore,8:F1} MiB");

        var ids = new ConversationInfo[conversations];
        var accepted = 0;
        var tooLarge = 0;
        var full = 0;
        var other = 0;
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < conversations)
            {
                var conversation = ids[index] = await Scenarios.StartAsync(client, 100_000 + index, CancellationToken.None);
                for (var post = 0; post <= bigPosts; post++)
                {
                    var status = await PostAsync(client, conversation, index, post < bigPosts ? Big : Oversized);
                    _ = status switch
                    {
                        HttpStatusCode.OK => Interlocked.Increment(ref accepted),
                        HttpStatusCode.RequestEntityTooLarge => Interlocked.Increment(ref tooLarge),
                        HttpStatusCode.Forbidden => Interlocked.Increment(ref full),
                        _ => Interlocked.Increment(ref other),
                    };
                }
            }
        }));
        var fillSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        // The lifetime post cap of one sample conversation: post until it refuses, then once more.
        var sample = ids[0];
        var samplePosts = 0;
        var sampleRefused = 0;
        for (var post = 0; post < caps.MaxPostsPerConversation + 10 && sampleRefused < 2; post++)
        {
            switch (await PostAsync(client, sample, 0, Big))
            {
                case HttpStatusCode.OK: samplePosts++; break;
                case HttpStatusCode.Forbidden: sampleRefused++; break;
                default: other++; break;
            }
        }
        full += sampleRefused;

        Console.WriteLine($"  fill: {fillSeconds:F1} s, {accepted:N0} posts accepted, refused by caps: {tooLarge:N0} with 413 MessageSizeTooBig, " +
                          $"{full:N0} with 403 ConversationFull (sample conversation 0 accepted {bigPosts + samplePosts:N0} posts in all " +
                          $"before ConversationFull), {other:N0} other failures");

        foreach (var index in new[] { 0, conversations / 2, conversations - 1 }.Distinct())
        {
            var (count, bytes) = await KeptAsync(client, ids[index]);
            Console.WriteLine($"  kept in conversation {index,4}: {count,3} activities, {bytes,7:N0} bytes serialized " +
                              $"(cap {caps.MaxBytesPerConversation:N0}: {(bytes <= caps.MaxBytesPerConversation ? "within" : "EXCEEDED")})");
        }

        var (rssAfter, heapAfter) = Measure();
        Console.WriteLine($"  after fill:  RSS {rssAfter,8:F1} MiB, managed heap {heapAfter,8:F1} MiB " +
                          "(RSS is of the whole bench process, client and server: an upper bound for the server)");
        Console.WriteLine($"  RSS after fill under 500 MB (476.8 MiB): {(rssAfter * 1024 * 1024 < 500_000_000 ? "yes" : "NO")}");
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, ConversationInfo conversation, int index, string text)
    {
        using var request = Scenarios.Authorized(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities",
            conversation.Token);
        request.Content = JsonContent.Create(new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            From = new ChannelAccount($"u_bench_{100_000 + index}", Role: "user"),
        }, options: ProtocolJson.Options);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Pages through GET /activities from the start: how many activities are kept and their serialized bytes.</summary>
    private static async Task<(int Count, long Bytes)> KeptAsync(HttpClient client, ConversationInfo conversation)
    {
        var watermark = "";
        var count = 0;
        long bytes = 0;
        while (true)
        {
            using var request = Scenarios.Authorized(HttpMethod.Get,
                $"/v3/directline/conversations/{conversation.ConversationId}/activities?watermark={watermark}", conversation.Token);
            using var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var set = (await response.Content.ReadFromJsonAsync<ActivitySet>(ProtocolJson.Options))!;
            if (set.Activities.Count == 0 || set.Watermark == watermark)
            {
                return (count, bytes);
            }
            count += set.Activities.Count;
            bytes += set.Activities.Sum(a => (long)JsonSerializer.SerializeToUtf8Bytes(a, ProtocolJson.Options).Length);
            watermark = set.Watermark ?? "";
        }
    }

    private static (double RssMiB, double HeapMiB) Measure()
    {
        GC.Collect(2, GCCollectionMode.Forced, true, true);
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heap = GC.GetTotalMemory(true);
        using var process = Process.GetCurrentProcess();
        return (process.WorkingSet64 / 1024.0 / 1024.0, heap / 1024.0 / 1024.0);
    }
}

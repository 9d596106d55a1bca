using System.Text;
using PolicyBot.Channels.Adapter;
using PolicyBot.Schema;

namespace PolicyBot.Channels.Tests.Adapter;

public sealed class InboundActivityTests
{
    private static Activity Message(string? text = "hi") => new()
    {
        Type = ActivityTypes.Message,
        Id = "a1",
        ChannelId = "msteams",
        From = new ChannelAccount("u1"),
        Recipient = new ChannelAccount("b1"),
        Conversation = new ConversationAccount("c1"),
        Text = text,
    };

    [Fact]
    public void EveryCodePoint_CleanedText_NormalizesWithoutThrowing()
    {
        // All of the BMP, lone surrogates included, then every supplementary plane's last code points and a sample.
        var bmp = new StringBuilder();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            bmp.Append((char)c);
        }
        var supplementary = new StringBuilder();
        for (var plane = 1; plane <= 16; plane++)
        {
            foreach (var low in new[] { 0x0000, 0x1234, 0xFFFD, 0xFFFE, 0xFFFF })
            {
                supplementary.Append(char.ConvertFromUtf32((plane << 16) | low));
            }
        }

        foreach (var text in new[] { bmp.ToString(), supplementary.ToString(), "a\uD800", "\uDC00b", "\uDBFF\uDFFF" })
        {
            var check = InboundActivity.Check(Message(text));
            var cleaned = Assert.IsType<Activity>(check.Activity).Text!;
            _ = cleaned.Normalize(NormalizationForm.FormKC);
            _ = cleaned.Normalize(NormalizationForm.FormC);
            Assert.False(UnicodeText.NeedsCleaning(cleaned));
        }
    }

    [Theory]
    [InlineData("房租\uFFFE减免", "房租减免")]
    [InlineData("a\u0000b\u0007c\u001Bd\u007Fe\u0085f", "abcdef")]
    [InlineData("第一行\n第二行\t完", "第一行\n第二行\t完")]
    [InlineData("emoji 😀 stays", "emoji 😀 stays")]
    [InlineData("\uFDD0\uFDEF", "")]
    public void Text_IsCleanedOfControlsAndNoncharactersOnly(string text, string expected)
    {
        Assert.Equal(expected, InboundActivity.Check(Message(text)).Activity?.Text);
    }

    [Fact]
    public void CleanText_IsTheSameInstance()
    {
        var activity = Message("干净的文字");

        Assert.Same(activity, InboundActivity.Check(activity).Activity);
    }

    [Fact]
    public void MissingFrom_IsRefused()
    {
        var check = InboundActivity.Check(Message() with { From = null });

        Assert.Null(check.Activity);
        Assert.Equal("MissingProperty", check.ErrorCode);
    }

    [Theory]
    [InlineData("conversation")]
    [InlineData("from")]
    [InlineData("id")]
    [InlineData("channelId")]
    [InlineData("replyToId")]
    public void IdsWithLineBreaksOrOverLength_AreRefused(string field)
    {
        foreach (var bad in new[] { "x\ny", "x\r\nINFO forged", new string('x', 300) })
        {
            var activity = field switch
            {
                "conversation" => Message() with { Conversation = new ConversationAccount(bad) },
                "from" => Message() with { From = new ChannelAccount(bad) },
                "id" => Message() with { Id = bad },
                "channelId" => Message() with { ChannelId = bad },
                _ => Message() with { ReplyToId = bad },
            };

            var check = InboundActivity.Check(activity);

            Assert.Null(check.Activity);
            Assert.Equal("BadArgument", check.ErrorCode);
        }
    }

    [Theory]
    [InlineData("abc\nFORGED", "abc\\u000AFORGED")]
    [InlineData("tab\there", "tab\\u0009here")]
    [InlineData("\u2028x", "\\u2028x")]
    [InlineData("中文 ok", "中文 ok")]
    public void ForLog_EncodesLineBreaksAndControls(string value, string expected)
    {
        Assert.Equal(expected, UnicodeText.ForLog(value));
    }

    [Fact]
    public void ForLog_CutsLongValues()
    {
        var logged = UnicodeText.ForLog(new string('x', 10_000))!;

        Assert.Equal(201, logged.Length);
        Assert.EndsWith("…", logged);
    }
}

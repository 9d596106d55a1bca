using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PolicyBot.Channels.DirectLine;

namespace PolicyBot.Channels.Tests.DirectLine;

public sealed class DirectLineTokensTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    private DirectLineTokens Tokens() => new(Options.Create(new DirectLineOptions()), _clock);

    [Fact]
    public void Refresh_RevokesTheOldTokenAtOnce_AndTheNewOneWorks()
    {
        var tokens = Tokens();
        var old = tokens.Issue("c1", "dl_u");

        var fresh = tokens.Refresh(old, "dl_u");

        Assert.NotNull(fresh);
        Assert.Equal(TokenStatus.Unknown, tokens.Check("Bearer " + old).Status);
        Assert.Equal(new TokenCheck(TokenStatus.Valid, "c1", fresh), tokens.Check("Bearer " + fresh));
        Assert.Null(tokens.Refresh(old, "dl_u"));
    }

    [Fact]
    public void ManyRefreshes_LeaveOneTokenPerConversation()
    {
        var tokens = Tokens();
        var token = tokens.Issue("c1", "dl_u");
        tokens.Issue("c2", "dl_v");

        for (var i = 0; i < 5_000; i++)
        {
            token = tokens.Refresh(token, "dl_u")!;
        }

        Assert.Equal(2, tokens.Count);
        tokens.Remove("c1");
        Assert.Equal(1, tokens.Count);
        Assert.Equal(TokenStatus.Unknown, tokens.Check("Bearer " + token).Status);
    }

    [Fact]
    public void ExpiredToken_CannotBeRefreshed()
    {
        var tokens = Tokens();
        var token = tokens.Issue("c1", "dl_u");

        _clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(TokenStatus.Expired, tokens.Check("Bearer " + token).Status);
        Assert.Null(tokens.Refresh(token, "dl_u"));
    }

    [Fact]
    public void Token_CarriesTheUserIdForWebChat_ButIsRandom()
    {
        var tokens = Tokens();

        var first = tokens.Issue("c1", "dl_abc");
        var second = tokens.Issue("c2", "dl_abc");

        var claims = first.Split('.')[1];
        var json = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(claims.Replace('-', '+').Replace('_', '/').PadRight((claims.Length + 3) / 4 * 4, '=')));
        Assert.Equal("""{"user":"dl_abc"}""", json);
        Assert.NotEqual(first, second);
    }
}

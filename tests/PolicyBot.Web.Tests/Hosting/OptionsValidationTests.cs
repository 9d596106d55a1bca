using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using PolicyBot.Web.Tests.Infrastructure;

namespace PolicyBot.Web.Tests.Hosting;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Bot:MicrosoftAppId", "not-a-guid")]
    [InlineData("Bot:MaxRequestBytes", "10")]
    [InlineData("DirectLine:TokenLifetime", "00:00:05")]
    public async Task InvalidOptions_FailAtStart(string key, string value)
    {
        await using var factory = new PolicyBotWebFactory();
        using var misconfigured = factory.WithWebHostBuilder(builder => builder.UseSetting(key, value));

        var exception = Record.Exception(() => misconfigured.CreateClient());

        Assert.NotNull(exception);
        var validation = Assert.IsType<OptionsValidationException>(Flatten(exception).OfType<OptionsValidationException>().FirstOrDefault());
        Assert.Contains(validation.Failures, f => f.Contains(key, StringComparison.Ordinal));
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}

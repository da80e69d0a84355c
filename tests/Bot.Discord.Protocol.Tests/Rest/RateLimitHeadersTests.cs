using System.Net;
using Bot.Discord.Protocol.Rest;

namespace Bot.Discord.Protocol.Tests.Rest;

public sealed class RateLimitHeadersTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1470173020);

    [Fact]
    public void DocumentedExample_Read_TakesEveryHeader()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.Add("Retry-After", "65");
        response.Headers.Add("X-RateLimit-Limit", "10");
        response.Headers.Add("X-RateLimit-Remaining", "0");
        response.Headers.Add("X-RateLimit-Reset", "1470173023.123");
        response.Headers.Add("X-RateLimit-Reset-After", "64.57");
        response.Headers.Add("X-RateLimit-Bucket", "abcd1234");
        response.Headers.Add("X-RateLimit-Scope", "user");

        var headers = RateLimitHeaders.Read(response, Now);

        Assert.Equal("abcd1234", headers.Bucket);
        Assert.Equal(10, headers.Limit);
        Assert.Equal(0, headers.Remaining);
        Assert.Equal(TimeSpan.FromSeconds(64.57), headers.ResetAfter);
        Assert.Equal(TimeSpan.FromSeconds(65), headers.RetryAfter);
        Assert.Equal("user", headers.Scope);
        Assert.False(headers.Global);
    }

    [Fact]
    public void ResetWithoutResetAfter_Read_MeasuresFromNow()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add("X-RateLimit-Reset", "1470173023.5");

        Assert.Equal(TimeSpan.FromSeconds(3.5), RateLimitHeaders.Read(response, Now).ResetAfter);
    }

    [Fact]
    public void GlobalLimit_Read_IsGlobal()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.Add("X-RateLimit-Global", "true");
        response.Headers.Add("X-RateLimit-Scope", "global");

        var headers = RateLimitHeaders.Read(response, Now);

        Assert.True(headers.Global);
        Assert.Null(headers.Bucket);
        Assert.Null(headers.Remaining);
    }

    [Theory]
    [InlineData("""{"message":"You are being rate limited.","retry_after":64.57,"global":false}""", null, 64.57, false)]
    [InlineData("""{"message":"You are being rate limited.","retry_after":0.8,"global":true,"code":0}""", 0, 0.8, true)]
    public void RateLimitBody_Parse_ReadsRetryAfterAndGlobal(string json, int? code, double retryAfter, bool global)
    {
        var body = DiscordErrorBody.Parse(json);

        Assert.Equal(code, body.Code);
        Assert.Equal(TimeSpan.FromSeconds(retryAfter), body.RetryAfter);
        Assert.Equal(global, body.Global);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>bad gateway</html>")]
    [InlineData("""["not","an","object"]""")]
    [InlineData("""{"code":"50035","retry_after":"soon"}""")]
    public void OddBodies_Parse_AreEmptyNotErrors(string text)
    {
        var body = DiscordErrorBody.Parse(text);

        Assert.Null(body.Code);
        Assert.Null(body.RetryAfter);
    }
}

using System.Net;
using System.Text;

namespace Bot.Slack.Tests;

public sealed class SignatureTests
{
    private static readonly string Verification = """{"token":"t","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""";

    [Fact]
    public async Task SignedUrlVerification_Post_ReturnsTheExactChallenge()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.SendEventAsync(Verification);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("body")]
    [InlineData("secret")]
    [InlineData("missing-signature")]
    [InlineData("missing-timestamp")]
    [InlineData("v1")]
    [InlineData("not-hex")]
    public async Task ForgedOrBrokenSignature_Post_Gets401AndIsNotProcessed(string defect)
    {
        await using var host = await SlackHost.StartAsync();
        var request = SlackHost.Signed("/slack/event", SlackEvent.Mention("<@UBOT1> Who ordered the halt?"), "application/json", secret: defect == "secret" ? "wrong-secret" : SlackHost.Secret);
        switch (defect)
        {
            case "body":
                request.Content = new StringContent(SlackEvent.Mention("<@UBOT1> Who ordered the halt??"), Encoding.UTF8, "application/json");
                break;
            case "missing-signature":
                request.Headers.Remove("X-Slack-Signature");
                break;
            case "missing-timestamp":
                request.Headers.Remove("X-Slack-Request-Timestamp");
                break;
            case "v1":
                Replace(request, s => "v1=" + s[3..]);
                break;
            case "not-hex":
                Replace(request, s => "v0=" + new string('z', 64));
                break;
        }

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(300);
        Assert.Empty(host.Api.CallsTo("chat.postMessage"));
    }

    [Theory]
    [InlineData(-301, HttpStatusCode.Unauthorized)]
    [InlineData(-299, HttpStatusCode.OK)]
    [InlineData(301, HttpStatusCode.Unauthorized)]
    public async Task Timestamp_Post_IsAcceptedOnlyWithinFiveMinutes(int offsetSeconds, HttpStatusCode expected)
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.Client.SendAsync(SlackHost.Signed("/slack/event", Verification, "application/json", DateTimeOffset.UtcNow.ToUnixTimeSeconds() + offsetSeconds));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task NonNumericTimestamp_Post_Gets401()
    {
        await using var host = await SlackHost.StartAsync();
        var request = SlackHost.Signed("/slack/event", Verification, "application/json");
        request.Headers.Remove("X-Slack-Request-Timestamp");
        request.Headers.Add("X-Slack-Request-Timestamp", "soon");

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task UnsignedUrlVerification_Post_Gets401()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.Client.PostAsync("/slack/event", new StringContent(Verification, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ReencodedForm_Post_BreaksTheSignature()
    {
        await using var host = await SlackHost.StartAsync();
        const string form = "command=%2Fask&text=who+ordered+the+halt%3F&user_id=U1&channel_id=C1&response_url=https%3A%2F%2Fhooks.slack.com%2Fx";
        var request = SlackHost.Signed("/slack/command", form, "application/x-www-form-urlencoded");
        request.Content = new StringContent(form.Replace("+", "%20", StringComparison.Ordinal), Encoding.UTF8, "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task SignedFormWithPlusAndPercent_Post_IsAccepted()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.SendCommandAsync("command=%2Fask&text=who+ordered+the+halt%3F&user_id=U1&channel_id=C1&response_url=https%3A%2F%2Fhooks.slack.com%2Fx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SslCheck_Post_Gets200AndDispatchesNothing()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.Client.PostAsync("/slack/command", new StringContent("ssl_check=1&token=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignedMalformedJson_Post_Gets400()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.SendEventAsync("{\"type\": \"event_callback\", \"event\": {");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task HugeBody_Post_Gets413Unread()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.SendEventAsync("{\"pad\":\"" + new string('a', 2 << 20) + "\"}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static void Replace(HttpRequestMessage request, Func<string, string> change)
    {
        var signature = request.Headers.GetValues("X-Slack-Signature").Single();
        request.Headers.Remove("X-Slack-Signature");
        request.Headers.Add("X-Slack-Signature", change(signature));
    }
}

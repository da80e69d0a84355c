using System.Net;
using System.Text;

namespace Bot.Discord.Tests;

public sealed class InteractionSignatureTests
{
    [Fact]
    public async Task SignedPing_Post_ReturnsExactlyPongAsJson()
    {
        await using var host = await DiscordHost.StartAsync();

        var response = await host.SendAsync(Interactions.Ping);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("{\"type\":1}", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("missing-signature")]
    [InlineData("missing-timestamp")]
    [InlineData("missing-both")]
    [InlineData("non-hex")]
    [InlineData("empty")]
    [InlineData("short")]
    [InlineData("body-changed")]
    [InlineData("timestamp-changed")]
    [InlineData("other-key")]
    public async Task BadSignature_Post_Gets401NeverA500(string defect)
    {
        await using var host = await DiscordHost.StartAsync();
        var request = DiscordHost.Signed(Interactions.Ping, otherKey: defect == "other-key");
        var signature = request.Headers.GetValues("X-Signature-Ed25519").Single();
        void SetSignature(string? value)
        {
            request.Headers.Remove("X-Signature-Ed25519");
            if (value is not null)
            {
                request.Headers.Add("X-Signature-Ed25519", value);
            }
        }

        switch (defect)
        {
            case "missing-signature": SetSignature(null); break;
            case "missing-timestamp": request.Headers.Remove("X-Signature-Timestamp"); break;
            case "missing-both": SetSignature(null); request.Headers.Remove("X-Signature-Timestamp"); break;
            case "non-hex": SetSignature(new string('z', 128)); break;
            case "empty": SetSignature(""); break;
            case "short": SetSignature(signature[..64]); break;
            case "body-changed": request.Content = new StringContent(Interactions.Ping.Replace("\"1\"", "\"2\"", StringComparison.Ordinal), Encoding.UTF8, "application/json"); break;
            case "timestamp-changed":
                var ts = long.Parse(request.Headers.GetValues("X-Signature-Timestamp").Single(), System.Globalization.CultureInfo.InvariantCulture);
                request.Headers.Remove("X-Signature-Timestamp");
                request.Headers.Add("X-Signature-Timestamp", (ts + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
        }

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OddWhitespaceAndEscapes_Post_AreVerifiedOnTheRawBytes()
    {
        await using var host = await DiscordHost.StartAsync();

        var response = await host.SendAsync("{ \"type\" :  1 ,\n \"id\":\"\\u0031\", \"token\":\"t\",\"application_id\":\"111222333444555666\",\"version\":1 }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(-60, HttpStatusCode.OK)]
    [InlineData(60, HttpStatusCode.OK)]
    [InlineData(-3600, HttpStatusCode.Unauthorized)]
    public async Task Timestamp_Post_ToleratesSkewButNotOldReplays(int offsetSeconds, HttpStatusCode expected)
    {
        await using var host = await DiscordHost.StartAsync();

        var response = await host.Client.SendAsync(DiscordHost.Signed(Interactions.Ping, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + offsetSeconds));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task SignedMalformedJson_Post_Gets400()
    {
        await using var host = await DiscordHost.StartAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await host.SendAsync("{\"type\":")).StatusCode);
    }
}

using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Slack.Protocol.Tests.WebApi;

public sealed class SignatureVerifierTests
{
    // The example from Slack's "Verifying requests from Slack" guide.
    private const string DocSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string DocTimestamp = "1531420618";
    private const string DocBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string DocSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    [Fact]
    public void SlacksDocumentedExample_Verify_IsValid()
    {
        var verifier = new SlackSignatureVerifier(DocSecret, At(1531420618));

        Assert.Equal(SignatureCheck.Valid, verifier.Verify(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody)));
    }

    [Theory]
    [InlineData(-301, SignatureCheck.Stale)]
    [InlineData(-299, SignatureCheck.Valid)]
    [InlineData(299, SignatureCheck.Valid)]
    [InlineData(301, SignatureCheck.Stale)]
    public void ClockSkew_Verify_AllowsFiveMinutesEitherWay(int skewSeconds, SignatureCheck expected)
    {
        var verifier = new SlackSignatureVerifier(DocSecret, At(1531420618 - skewSeconds));

        Assert.Equal(expected, verifier.Verify(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody)));
    }

    [Theory]
    [InlineData(null, DocSignature, SignatureCheck.Missing)]
    [InlineData(DocTimestamp, null, SignatureCheck.Missing)]
    [InlineData("16e9", DocSignature, SignatureCheck.Malformed)]
    [InlineData(DocTimestamp, "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.Malformed)]
    [InlineData(DocTimestamp, "v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.Malformed)]
    [InlineData(DocTimestamp, "v0=a2114d57", SignatureCheck.Malformed)]
    [InlineData(DocTimestamp, "v0=b2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.Mismatch)]
    public void BadHeaders_Verify_SayWhatIsWrong(string? timestamp, string? signature, SignatureCheck expected)
    {
        var verifier = new SlackSignatureVerifier(DocSecret, At(1531420618));

        Assert.Equal(expected, verifier.Verify(timestamp, signature, Encoding.UTF8.GetBytes(DocBody)));
    }

    [Fact]
    public void OneByteChanged_Verify_IsAMismatch()
    {
        var verifier = new SlackSignatureVerifier(DocSecret, At(1531420618));

        Assert.Equal(SignatureCheck.Mismatch, verifier.Verify(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody.Replace("roadrunner", "roadrunnex", StringComparison.Ordinal))));
    }

    [Fact]
    public void Source_Verify_ComparesInConstantTime()
    {
        var source = File.ReadAllText(Path.Combine(Root(), "src", "Bot.Slack.Protocol", "SlackSignatureVerifier.cs"));

        Assert.Contains("CryptographicOperations.FixedTimeEquals", source);
    }

    private static FakeTimeProvider At(long unixSeconds) => new(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException();
    }
}

using System.Text;
using System.Text.Json.Nodes;
using Bot.Slack.Protocol.SocketMode;

namespace Bot.Slack.Protocol.Tests.SocketMode;

public sealed class SocketModeFrameTests
{
    private static SocketModeFrame Parse(string text) => SocketModeFrame.Parse(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Hello_IsRecognised()
    {
        var hello = Assert.IsType<SocketModeFrame.Hello>(Parse("""{"type":"hello","num_connections":3,"debug_info":{"host":"applink-1"}}"""));

        Assert.Equal(3, hello.NumConnections);
    }

    [Theory]
    [InlineData("""{"type":"disconnect","reason":"refresh_requested"}""", "refresh_requested")]
    [InlineData("""{"type":"disconnect","reason":"link_disabled","debug_info":{}}""", "link_disabled")]
    [InlineData("""{"type":"disconnect"}""", "unknown")]
    public void Disconnect_CarriesItsReason(string text, string reason) =>
        Assert.Equal(reason, Assert.IsType<SocketModeFrame.Disconnect>(Parse(text)).Reason);

    [Fact]
    public void AnEnvelope_KeepsEveryField()
    {
        var frame = Parse("""
            {"envelope_id":"e-1","type":"interactive","payload":{"type":"block_actions","actions":[1]},
             "accepts_response_payload":true,"retry_attempt":3,"retry_reason":"http_error"}
            """);

        var envelope = Assert.IsType<SocketModeFrame.Envelope>(frame).Value;
        Assert.Equal(("e-1", "interactive", true, 3, "http_error"),
            (envelope.EnvelopeId, envelope.Type, envelope.AcceptsResponsePayload, envelope.RetryAttempt, envelope.RetryReason));
        Assert.Equal("block_actions", envelope.Payload.GetProperty("type").GetString());
    }

    [Fact]
    public void AnEnvelope_WithoutOptionalFields_GetsDefaults()
    {
        var envelope = Assert.IsType<SocketModeFrame.Envelope>(Parse("""{"envelope_id":"e-2","type":"events_api"}""")).Value;

        Assert.Equal((false, 0, (string?)null), (envelope.AcceptsResponsePayload, envelope.RetryAttempt, envelope.RetryReason));
        Assert.Equal(System.Text.Json.JsonValueKind.Object, envelope.Payload.ValueKind);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("42")]
    [InlineData("[]")]
    [InlineData("""{"type":7}""")]
    [InlineData("""{"type":"events_api"}""")]
    [InlineData("""{"type":"slash_commands","envelope_id":""}""")]
    [InlineData("""{"type":"something_new","envelope_id":"e-3"}""")]
    public void AnythingElse_IsIgnored(string text) => Assert.IsType<SocketModeFrame.Ignored>(Parse(text));

    [Fact]
    public void TheAck_HasTheEnvelopeId_AndThePayloadOnlyWhenGiven()
    {
        var payload = new JsonObject { ["text"] = "hi" };
        _ = new JsonObject { ["already"] = payload };

        Assert.Equal("""{"envelope_id":"e-4"}""", Encoding.UTF8.GetString(EnvelopeAck.Serialize("e-4", null).Span));
        Assert.Equal("""{"envelope_id":"e-4","payload":{"text":"hi"}}""", Encoding.UTF8.GetString(EnvelopeAck.Serialize("e-4", payload).Span));
    }
}

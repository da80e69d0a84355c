using Bot.Discord.Protocol.Tests.Gateway.Fakes;

namespace Bot.Discord.Protocol.Tests.Gateway;

/// <summary>What the second connection must look like after a resume, or after a fresh identify.</summary>
internal static class ReconnectAssert
{
    public static async Task ResumedAsync(GatewayHarness harness, string sessionId, int sequence)
    {
        var second = await harness.Gateway.WaitForConnectionAsync(2);
        Assert.Equal("/resume?v=10&encoding=json", second.PathAndQuery);
        var resume = (await second.WaitForFrameAsync(6)).D;
        Assert.Equal(GatewayHarness.Token, resume.GetProperty("token").GetString());
        Assert.Equal(sessionId, resume.GetProperty("session_id").GetString());
        Assert.Equal(sequence, resume.GetProperty("seq").GetInt32());
        await Eventually.TrueAsync(() => harness.Client.IsReady, "RESUMED did not make the client ready");
        Assert.Empty(second.FramesWith(2));
        Assert.Equal(sessionId, harness.Client.SessionId);
    }

    public static async Task IdentifiedAgainAsync(GatewayHarness harness)
    {
        var second = await harness.Gateway.WaitForConnectionAsync(2);
        Assert.Equal("/gateway?v=10&encoding=json", second.PathAndQuery);
        await second.WaitForFrameAsync(2);
        await Eventually.TrueAsync(() => harness.Client.SessionId == "session-2", "the new session's READY was not taken");
        Assert.Empty(second.FramesWith(6));
        Assert.Equal(1, harness.Client.Sequence);
    }
}

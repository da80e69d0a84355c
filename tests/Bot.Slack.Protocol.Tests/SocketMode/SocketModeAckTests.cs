using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Bot.Slack.Protocol.Tests.SocketMode;

public sealed class SocketModeAckTests
{
    [Fact]
    public async Task AnEventsApiEnvelope_IsAckedOnItsSocket_InUnder3Seconds_EvenWhenTheHandlerTakes10()
    {
        // The default ack deadline, as in production.
        await using var bed = await SocketModeTestBed.CreateAsync();
        bed.Handler.Behaviour = async (_, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            return new JsonObject { ["too"] = "late" };
        };
        var socket = await bed.RunConnectedAsync();

        var clock = Stopwatch.StartNew();
        await socket.SendEnvelopeAsync("events_api", "env-slow");
        var ack = await socket.WaitForAckAsync("env-slow");
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"acked after {clock.Elapsed}");
        Assert.Equal("""{"envelope_id":"env-slow"}""", ack.ToJsonString());
        Assert.Equal(0, bed.Handler.Finished);
        Assert.Single(bed.Server.Sockets);
    }

    [Fact]
    public async Task ASlashCommandAck_CarriesTheHandlersPayload()
    {
        await using var bed = await SocketModeTestBed.CreateAsync();
        bed.Handler.Behaviour = (envelope, _) => Task.FromResult<JsonObject?>(new JsonObject
        {
            ["response_type"] = "ephemeral",
            ["text"] = "Looking into " + envelope.Payload.GetProperty("text").GetString(),
        });
        var socket = await bed.RunConnectedAsync();

        await socket.SendEnvelopeAsync("slash_commands", "env-cmd",
            new JsonObject { ["command"] = "/ask", ["text"] = "onboarding", ["user_id"] = "U1" }, acceptsResponsePayload: true);
        var ack = await socket.WaitForAckAsync("env-cmd");

        Assert.Equal("""{"envelope_id":"env-cmd","payload":{"response_type":"ephemeral","text":"Looking into onboarding"}}""", ack.ToJsonString());
        var envelope = Assert.Single(bed.Handler.Seen);
        Assert.Equal("slash_commands", envelope.Type);
        Assert.True(envelope.AcceptsResponsePayload);
        Assert.Equal("/ask", envelope.Payload.GetProperty("command").GetString());
    }

    [Fact]
    public async Task AHandlerThatThrows_IsStillAcked_AndTheConnectionSurvives()
    {
        await using var bed = await SocketModeTestBed.CreateAsync();
        bed.Handler.Behaviour = (envelope, _) => envelope.EnvelopeId == "env-boom"
            ? throw new InvalidOperationException("handler exploded")
            : Task.FromResult<JsonObject?>(new JsonObject { ["ok"] = true });
        var socket = await bed.RunConnectedAsync();

        await socket.SendEnvelopeAsync("interactive", "env-boom", acceptsResponsePayload: true);
        var failedAck = await socket.WaitForAckAsync("env-boom");
        await socket.SendEnvelopeAsync("interactive", "env-after", acceptsResponsePayload: true);
        var nextAck = await socket.WaitForAckAsync("env-after");

        Assert.Equal("""{"envelope_id":"env-boom"}""", failedAck.ToJsonString());
        Assert.Equal("""{"envelope_id":"env-after","payload":{"ok":true}}""", nextAck.ToJsonString());
        Assert.True(bed.Client.IsConnected);
        Assert.Equal(1, bed.Client.ConnectionsOpened);
        Assert.Single(bed.Server.OpenRequests);
        Assert.Contains("handler exploded", bed.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHandlerThatBlocksItsThread_DoesNotHoldTheAckBack()
    {
        using var release = new ManualResetEventSlim();
        await using var bed = await SocketModeTestBed.CreateAsync(configure: o => o.AckDeadline = TimeSpan.FromMilliseconds(300));
        bed.Handler.Behaviour = (_, _) =>
        {
            release.Wait(TimeSpan.FromSeconds(10));
            return Task.FromResult<JsonObject?>(null);
        };
        var socket = await bed.RunConnectedAsync();

        try
        {
            await socket.SendEnvelopeAsync("events_api", "env-blocking");
            var ack = await socket.WaitForAckAsync("env-blocking");

            Assert.Equal("""{"envelope_id":"env-blocking"}""", ack.ToJsonString());
            Assert.Equal(0, bed.Handler.Finished);
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public async Task AFastEnvelope_IsNotQueuedBehindASlowOne()
    {
        await using var bed = await SocketModeTestBed.CreateAsync(configure: o => o.AckDeadline = TimeSpan.FromSeconds(2));
        bed.Handler.Behaviour = async (envelope, ct) =>
        {
            if (envelope.EnvelopeId == "env-slow")
            {
                await Task.Delay(TimeSpan.FromSeconds(10), ct);
            }

            return null;
        };
        var socket = await bed.RunConnectedAsync();

        await socket.SendEnvelopeAsync("events_api", "env-slow");
        await socket.SendEnvelopeAsync("events_api", "env-fast");
        await socket.WaitForAckAsync("env-slow");

        Assert.Equal(["env-fast", "env-slow"], socket.Received.Select(a => a["envelope_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task RetryAttemptAndReason_AreHandedToTheHandler()
    {
        await using var bed = await SocketModeTestBed.CreateAsync();
        var socket = await bed.RunConnectedAsync();

        await socket.SendEnvelopeAsync("events_api", "env-retry", retryAttempt: 2, retryReason: "timeout");
        await socket.SendEnvelopeAsync("events_api", "env-first");
        await socket.WaitForAckAsync("env-retry");
        await socket.WaitForAckAsync("env-first");

        var retried = Assert.Single(bed.Handler.Seen, e => e.EnvelopeId == "env-retry");
        Assert.Equal((2, "timeout"), (retried.RetryAttempt, retried.RetryReason));
        var first = Assert.Single(bed.Handler.Seen, e => e.EnvelopeId == "env-first");
        Assert.Equal((0, (string?)null), (first.RetryAttempt, first.RetryReason));
        Assert.Equal("events_api", first.Type);
        Assert.Equal("event_callback", first.Payload.GetProperty("type").GetString());
    }
}

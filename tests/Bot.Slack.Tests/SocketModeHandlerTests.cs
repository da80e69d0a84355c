using System.Text.Json;
using Bot.Slack.Protocol.SocketMode;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Slack.Tests;

public sealed class SocketModeHandlerTests
{
    [Fact]
    public async Task SlashCommandEnvelope_Handle_ReturnsTheAnswerAsTheAckPayload()
    {
        await using var host = await SlackHost.StartAsync();
        var handler = host.Services.GetRequiredService<SlackSocketModeHandler>();
        var payload = JsonDocument.Parse("""{"command":"/ask","text":"Who ordered the halt?","user_id":"U1","channel_id":"C1","response_url":"https://hooks.slack.com/x"}""").RootElement;

        var ack = await handler.HandleAsync(new SocketModeEnvelope("env-1", "slash_commands", payload, true, 0, null), default);

        Assert.NotNull(ack);
        Assert.Contains("Hegseth", ack["text"]!.GetValue<string>());
        Assert.Equal("ephemeral", ack["response_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task EventsEnvelopeRetried_Handle_AnswersOnceWithoutAnAckPayload()
    {
        await using var host = await SlackHost.StartAsync();
        var handler = host.Services.GetRequiredService<SlackSocketModeHandler>();
        var callback = JsonDocument.Parse(SlackEvent.Mention("<@UBOT1> Who ordered the halt?", eventId: "EvSOCKET1")).RootElement;

        var first = await handler.HandleAsync(new SocketModeEnvelope("env-2", "events_api", callback, false, 0, null), default);
        var retry = await handler.HandleAsync(new SocketModeEnvelope("env-3", "events_api", callback, false, 1, "timeout"), default);

        Assert.Null(first);
        Assert.Null(retry);
        Assert.Single(await host.Api.WaitForAsync("chat.postMessage"));
        await Task.Delay(300);
        Assert.Single(host.Api.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task UnknownEnvelopeType_Handle_IsIgnored()
    {
        await using var host = await SlackHost.StartAsync();
        var handler = host.Services.GetRequiredService<SlackSocketModeHandler>();

        var ack = await handler.HandleAsync(new SocketModeEnvelope("env-4", "something_new", JsonDocument.Parse("{}").RootElement, false, 0, null), default);

        Assert.Null(ack);
    }
}

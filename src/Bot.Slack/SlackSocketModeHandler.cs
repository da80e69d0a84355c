using System.Text.Json.Nodes;
using Bot.Slack.Inbound;
using Bot.Slack.Protocol.SocketMode;

namespace Bot.Slack;

/// <summary>Socket Mode deliveries go to the same handlers as the HTTP endpoints; a slash command's reply rides on the ack.</summary>
public sealed class SlackSocketModeHandler(SlackEvents events, SlackCommands commands, SlackActions actions) : ISocketModeHandler
{
    public async Task<JsonObject?> HandleAsync(SocketModeEnvelope envelope, CancellationToken cancellationToken)
    {
        switch (envelope.Type)
        {
            case "events_api":
                events.Accept(envelope.Payload);
                return null;
            case "slash_commands":
                return SlackPayloads.Command(envelope.Payload) is { } command ? await commands.AcceptAsync(command).ConfigureAwait(false) : null;
            case "interactive":
                if (SlackPayloads.Action(envelope.Payload) is { } action)
                {
                    actions.Accept(action);
                }

                return null;
            default:
                return null;
        }
    }
}

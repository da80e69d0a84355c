using System.Text.Json.Nodes;

namespace Bot.Slack.Protocol.SocketMode;

/// <summary>
/// Receives Socket Mode envelopes. It must return quickly (well within Slack's 3 s): the returned node, if any, is
/// sent as the ack's <c>payload</c> (e.g. a slash command's immediate response); slow work is started, not awaited.
/// </summary>
public interface ISocketModeHandler
{
    Task<JsonObject?> HandleAsync(SocketModeEnvelope envelope, CancellationToken cancellationToken);
}

using System.Text.Json.Nodes;
using Bot.Slack.Protocol;
using Microsoft.Extensions.Logging;

namespace Bot.Slack;

/// <summary>
/// Delivers a reply to a command or button press: through its <c>response_url</c> while that has uses left,
/// otherwise (or when Slack refuses it) with <c>chat.postEphemeral</c> / <c>chat.postMessage</c>.
/// </summary>
public sealed class SlackResponder(SlackApiClient api, ResponseUrlBudget budget, ILogger<SlackResponder> logger)
{
    public async Task SendAsync(Uri? responseUrl, string channel, string user, SlackMessage message, string responseType, bool replaceOriginal, string? threadTs, CancellationToken cancellationToken)
    {
        if (responseUrl is not null && budget.TryUse(responseUrl))
        {
            var body = new JsonObject
            {
                ["response_type"] = responseType,
                ["replace_original"] = replaceOriginal,
                ["text"] = message.Text,
                ["blocks"] = message.Blocks.DeepClone(),
            };
            if (threadTs is not null)
            {
                body["thread_ts"] = threadTs;
            }

            if (await api.RespondAsync(responseUrl, body, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            budget.Exhaust(responseUrl); // refused: expired or used up; don't try it again
        }

        logger.LogDebug("Replying with the Web API instead of response_url");
        if (responseType == SlackOptions.InChannel)
        {
            await api.PostMessageAsync(channel, message, threadTs, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await api.PostEphemeralAsync(channel, user, message, threadTs, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task DeleteOriginalAsync(Uri? responseUrl, CancellationToken cancellationToken) =>
        responseUrl is not null && budget.TryUse(responseUrl)
            ? api.RespondAsync(responseUrl, new JsonObject { ["delete_original"] = true }, cancellationToken)
            : Task.CompletedTask;
}

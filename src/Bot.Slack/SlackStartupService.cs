using Bot.Slack.Protocol;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Slack;

/// <summary>Calls <c>auth.test</c> at start-up to learn the bot's user id (what mentions of it look like).</summary>
public sealed class SlackStartupService(SlackApiClient api, SlackIdentity identity, ILogger<SlackStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var me = await api.AuthTestAsync(cancellationToken).ConfigureAwait(false);
            identity.BotUserId = me.UserId;
            identity.BotId = me.BotId;
            logger.LogInformation("Slack: signed in as bot user {UserId} in team {TeamId}", me.UserId, me.TeamId);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or TaskCanceledException)
        {
            logger.LogError("Slack auth.test failed ({Error}); check Slack__BotToken. Mentions are still recognised, but the bot's own messages can only be told apart by bot_id", ex.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

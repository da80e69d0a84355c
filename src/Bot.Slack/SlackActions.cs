using Bot.Engine;
using Bot.Engine.Feedback;
using Bot.Slack.Inbound;
using Bot.Slack.Protocol;
using Bot.Slack.Rendering;

namespace Bot.Slack;

/// <summary>
/// Buttons under the bot's replies: feedback (recorded with the question, answer and citations), "Show sources"
/// and "Share in channel". Acknowledged at once; the work runs on the queue.
/// </summary>
public sealed class SlackActions(ReplyStore replies, IFeedbackStore feedback, SlackResponder responder, BackgroundWorkQueue queue, TimeProvider time)
{
    public const string Helpful = "feedback_helpful";
    public const string NotHelpful = "feedback_not_helpful";
    public const string ShowSources = "show_sources";
    public const string Share = "share_in_channel";

    public void Accept(SlackAction action) => queue.TryEnqueue(ct => HandleAsync(action, ct));

    private async Task HandleAsync(SlackAction action, CancellationToken cancellationToken)
    {
        var reply = replies.Find(action.Value);
        var channel = action.ChannelId ?? "";
        if (reply is null)
        {
            await Tell("That answer is no longer available. Please ask again.").ConfigureAwait(false);
            return;
        }

        switch (action.ActionId)
        {
            case Helpful or NotHelpful:
                var verdict = action.ActionId == Helpful ? "helpful" : "not_helpful";
                await feedback.RecordAsync(new FeedbackRecord(time.GetUtcNow(), "slack", action.UserId, verdict, action.Value, reply.Question, reply.Text, reply.Citations, reply.Engine), cancellationToken).ConfigureAwait(false);
                await Tell("Thanks for the feedback.").ConfigureAwait(false);
                break;
            case ShowSources:
                foreach (var message in SlackReplyRenderer.RenderSources(reply))
                {
                    await responder.SendAsync(action.ResponseUrl, channel, action.UserId, message, SlackOptions.Ephemeral, false, action.ThreadTs, cancellationToken).ConfigureAwait(false);
                }

                break;
            case Share:
                foreach (var message in SlackReplyRenderer.Render(reply, new SlackRenderOptions { ReplyId = action.Value }))
                {
                    await responder.SendAsync(action.ResponseUrl, channel, action.UserId, message, SlackOptions.InChannel, false, action.ThreadTs, cancellationToken).ConfigureAwait(false);
                }

                await responder.DeleteOriginalAsync(action.ResponseUrl, cancellationToken).ConfigureAwait(false);
                break;
        }

        Task Tell(string text) =>
            responder.SendAsync(action.ResponseUrl, channel, action.UserId, new SlackMessage(text, []), SlackOptions.Ephemeral, false, action.ThreadTs, cancellationToken);
    }
}

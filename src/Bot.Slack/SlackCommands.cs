using System.Text.Json.Nodes;
using Bot.Core.Replies;
using Bot.Engine;
using Bot.Engine.Feedback;
using Bot.Slack.Inbound;
using Bot.Slack.Protocol;
using Bot.Slack.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack;

/// <summary>
/// Slash commands <c>/ask</c>, <c>/summary</c>, <c>/who</c>, <c>/why</c>, <c>/timeline</c>, <c>/sources</c>. A reply
/// ready within <see cref="InlineBudget"/> goes back in the acknowledgement itself; otherwise the ack says it is
/// working and the answer follows through the <c>response_url</c>. Ephemeral by default, with a Share button.
/// </summary>
public sealed class SlackCommands(IStoryBot bot, ReplyStore replies, SlackResponder responder, BackgroundWorkQueue queue, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackCommands> logger)
{
    public static readonly TimeSpan InlineBudget = TimeSpan.FromSeconds(2);

    // Identical replies (a question served again from the answer cache) reuse their rendering instead of rebuilding it.
    private readonly BoundedMap<string, InlineAck> _acks = new(1_000);
    public const string Usage = "Ask me about the story in the articles, for example `/ask Who ordered the halt?`. Also: `/summary`, `/who [name]`, `/why [decision]`, `/timeline`, `/sources`.";

    /// <summary>The body to acknowledge the command with (Slack shows it at once).</summary>
    public async Task<JsonObject> AcceptAsync(SlackCommand command)
    {
        if (!ReplyCommands.All.Contains(command.Command))
        {
            return Ephemeral($"I don't know the command /{SlackText.Escape(command.Command)}. {Usage}");
        }

        if (command.Command == ReplyCommands.Ask && command.Text.Length == 0)
        {
            return Ephemeral(Usage);
        }

        var answering = bot.RunAsync(command.Command, command.Text.Length == 0 ? null : command.Text);
        if (await StreamedReply.ReadyWithinAsync(answering, InlineBudget, time).ConfigureAwait(false))
        {
            var reply = answering.Result;
            var key = $"{reply.Command}\n{reply.Engine}\n{reply.Question}\n{reply.Text}";
            if (!_acks.TryGet(key, out var ack))
            {
                var messages = Render(reply);
                ack = _acks.GetOrAdd(key, new InlineAck(Body(messages[0], options.Value.CommandResponseType), messages.Skip(1).ToArray()));
            }

            var (body, rest) = ack;
            if (rest.Length > 0)
            {
                queue.TryEnqueue(ct => SendRestAsync(command, rest, ct));
            }

            return body;
        }

        queue.TryEnqueue(ct => FinishAsync(command, answering, ct));
        return Ephemeral("_Working on it…_");
    }

    private async Task FinishAsync(SlackCommand command, Task<BotReply> answering, CancellationToken cancellationToken)
    {
        BotReply reply;
        try
        {
            reply = await answering.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "/{Command} failed", command.Command);
            await responder.SendAsync(command.ResponseUrl, command.ChannelId, command.UserId, new SlackMessage("Sorry, something went wrong answering that. Please try again.", []), SlackOptions.Ephemeral, true, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var messages = Render(reply);
        var first = true;
        foreach (var message in messages)
        {
            await responder.SendAsync(command.ResponseUrl, command.ChannelId, command.UserId, message, options.Value.CommandResponseType, first, null, cancellationToken).ConfigureAwait(false);
            first = false;
        }
    }

    private async Task SendRestAsync(SlackCommand command, IEnumerable<SlackMessage> rest, CancellationToken cancellationToken)
    {
        foreach (var message in rest)
        {
            await responder.SendAsync(command.ResponseUrl, command.ChannelId, command.UserId, message, options.Value.CommandResponseType, false, null, cancellationToken).ConfigureAwait(false);
        }
    }

    private IReadOnlyList<SlackMessage> Render(BotReply reply) =>
        SlackReplyRenderer.Render(reply, new SlackRenderOptions
        {
            ReplyId = replies.Add(reply),
            IncludeShareButton = options.Value.CommandResponseType == SlackOptions.Ephemeral,
        });

    private static JsonObject Body(SlackMessage message, string responseType) => new()
    {
        ["response_type"] = responseType,
        ["text"] = message.Text,
        ["blocks"] = message.Blocks.DeepClone(),
    };

    private static JsonObject Ephemeral(string text) => new() { ["response_type"] = SlackOptions.Ephemeral, ["text"] = text };
}

/// <summary>A rendered inline answer: the ack body and any further messages that follow through <c>response_url</c>.</summary>
internal sealed record InlineAck(JsonObject Body, SlackMessage[] Rest);

using Bot.Core.Replies;
using Bot.Slack.Protocol;

namespace Bot.Slack.Rendering;

/// <summary>
/// Renders a <see cref="BotReply"/> as one or more Slack messages within Block Kit's limits: the answer, notes,
/// items and sources in order, then the buttons. Every piece of reply text is escaped with
/// <see cref="SlackText.Escape"/>; no message asks Slack to parse names (<c>link_names</c>, <c>parse</c>).
/// </summary>
public static class SlackReplyRenderer
{
    private const string ContinuedFallback = "Reply (continued)";
    private const string SourcesFallback = "Sources";
    private const string NoSources = "_This reply cites no sources._";

    public static IReadOnlyList<SlackMessage> Render(BotReply reply, SlackRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var packer = new MessagePacker(options.EffectiveMaxBlocks, ContinuedFallback);
        packer.AddRange(AnswerBlocks.Render(reply.Text, options.EffectiveSectionChars));
        packer.AddRange(NoteBlocks.Render(reply.Notes));
        packer.AddRange(ItemBlocks.Render(reply.Items, options.EffectiveSectionChars));
        packer.AddRange(SourceBlocks.Render(reply.Citations));
        packer.AddRange(FeedbackActions.Render(options, reply.Citations.Count > 0));
        return packer.Finish();
    }

    /// <summary>Just the sources of a reply, e.g. for the "Show sources" button.</summary>
    public static IReadOnlyList<SlackMessage> RenderSources(BotReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);

        var packer = new MessagePacker(SlackLimits.MaxBlocksPerMessage, SourcesFallback);
        if (reply.Citations.Count == 0)
        {
            packer.Add(new RenderedBlock(BlockKit.Section(NoSources), NoSources));
        }
        else
        {
            packer.AddRange(SourceBlocks.Render(reply.Citations));
        }

        return packer.Finish();
    }
}

using System.Text.Json.Nodes;

namespace Bot.Slack.Rendering;

/// <summary>The buttons under a reply, each carrying <see cref="SlackRenderOptions.ReplyId"/> as its value.</summary>
public static class FeedbackActions
{
    public const string Helpful = "feedback_helpful";
    public const string NotHelpful = "feedback_not_helpful";
    public const string ShowSources = "show_sources";
    public const string ShareInChannel = "share_in_channel";

    /// <summary>The actions block, or nothing when the options ask for no buttons.</summary>
    internal static IEnumerable<RenderedBlock> Render(SlackRenderOptions options, bool hasSources)
    {
        var buttons = new List<JsonObject>();
        if (options.IncludeFeedbackButtons)
        {
            buttons.Add(BlockKit.Button("Helpful", Helpful, options.ReplyId));
            buttons.Add(BlockKit.Button("Not helpful", NotHelpful, options.ReplyId));
            if (hasSources)
            {
                buttons.Add(BlockKit.Button("Show sources", ShowSources, options.ReplyId));
            }
        }

        if (options.IncludeShareButton)
        {
            buttons.Add(BlockKit.Button("Share in channel", ShareInChannel, options.ReplyId));
        }

        return buttons.Count == 0 ? [] : [new RenderedBlock(BlockKit.Actions(buttons), "")];
    }
}

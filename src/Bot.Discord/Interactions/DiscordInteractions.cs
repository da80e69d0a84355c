using System.Text.Json.Nodes;
using Bot.Core.Replies;
using Bot.Discord.Commands;
using Bot.Discord.Protocol.Rest;
using Bot.Discord.Rendering;
using Bot.Engine;
using Bot.Engine.Feedback;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Interactions;

/// <summary>
/// Answers interactions within Discord's 3 s: PING, the application commands (inline when the answer is ready within
/// <see cref="InlineBudget"/>, otherwise deferred and completed by editing <c>@original</c>), autocomplete of
/// <c>/who</c> from the story's actors, and the feedback and sources buttons.
/// </summary>
public sealed class DiscordInteractions(
    IStoryBot bot,
    KnowledgeSource knowledge,
    ReplyStore replies,
    IFeedbackStore feedback,
    BackgroundWorkQueue queue,
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordInteractions> logger)
{
    public static readonly TimeSpan InlineBudget = TimeSpan.FromSeconds(2);

    /// <summary>Discord invalidates an interaction token 15 minutes after the interaction.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);

    public async Task<JsonObject> RespondAsync(Interaction interaction)
    {
        switch (interaction.Type)
        {
            case InteractionTypes.Ping:
                return new JsonObject { ["type"] = InteractionTypes.Pong };
            case InteractionTypes.ApplicationCommand:
                return await CommandAsync(interaction).ConfigureAwait(false);
            case InteractionTypes.Autocomplete:
                return Autocomplete(interaction);
            case InteractionTypes.MessageComponent:
                return await ComponentAsync(interaction).ConfigureAwait(false);
            default:
                return Ephemeral("That kind of interaction isn't supported.");
        }
    }

    private async Task<JsonObject> CommandAsync(Interaction interaction)
    {
        var command = interaction.CommandName ?? "";
        if (!ReplyCommands.All.Contains(command))
        {
            return Ephemeral($"Unknown command. Try /{string.Join(", /", ReplyCommands.All)}.");
        }

        var argument = DiscordCommandSet.ArgumentOption(command) is { } option ? interaction.StringOption(option)?.Trim() : null;
        var ephemeral = interaction.BoolOption(DiscordCommandSet.PrivateOption) ?? options.Value.EphemeralByDefault;
        if (command == ReplyCommands.Ask && string.IsNullOrEmpty(argument))
        {
            return Ephemeral("Ask me about the story, for example `/ask question: Who ordered the halt?`.");
        }

        var started = time.GetUtcNow();
        var answering = bot.RunAsync(command, string.IsNullOrEmpty(argument) ? null : argument);
        if (await StreamedReply.ReadyWithinAsync(answering, InlineBudget, time).ConfigureAwait(false))
        {
            var messages = Render(answering.Result, ephemeral);
            if (messages.Count > 1)
            {
                queue.TryEnqueue(ct => FollowUpAsync(interaction, messages.Skip(1), started, ct));
            }

            return new JsonObject { ["type"] = InteractionTypes.ChannelMessage, ["data"] = messages[0].DeepClone() };
        }

        queue.TryEnqueue(ct => CompleteDeferredAsync(interaction, answering, ephemeral, started, ct));
        var deferred = new JsonObject { ["type"] = InteractionTypes.DeferredChannelMessage };
        if (ephemeral)
        {
            deferred["data"] = new JsonObject { ["flags"] = InteractionTypes.EphemeralFlag }; // the only flag a deferral may carry
        }

        return deferred;
    }

    private async Task CompleteDeferredAsync(Interaction interaction, Task<BotReply> answering, bool ephemeral, DateTimeOffset started, CancellationToken cancellationToken)
    {
        IReadOnlyList<JsonObject> messages;
        try
        {
            messages = Render(await answering.ConfigureAwait(false), ephemeral);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "/{Command} failed", interaction.CommandName);
            messages = [new JsonObject { ["content"] = "Sorry, something went wrong answering that. Please try again.", ["allowed_mentions"] = DiscordReplyRenderer.NoMentions() }];
        }

        if (!StillValid(started))
        {
            return;
        }

        await rest.EditOriginalInteractionResponseAsync(options.Value.ApplicationId, interaction.Token, WithoutFlags(messages[0]), cancellationToken).ConfigureAwait(false);
        await FollowUpAsync(interaction, messages.Skip(1), started, cancellationToken).ConfigureAwait(false);
    }

    private async Task FollowUpAsync(Interaction interaction, IEnumerable<JsonObject> messages, DateTimeOffset started, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            if (!StillValid(started))
            {
                return;
            }

            await rest.CreateFollowupMessageAsync(options.Value.ApplicationId, interaction.Token, (JsonObject)message.DeepClone(), cancellationToken).ConfigureAwait(false);
        }
    }

    private bool StillValid(DateTimeOffset started)
    {
        if (time.GetUtcNow() - started < TokenLifetime)
        {
            return true;
        }

        logger.LogWarning("Interaction token expired before the answer was ready; the follow-up is skipped");
        return false;
    }

    private JsonObject Autocomplete(Interaction interaction)
    {
        var typed = interaction.FocusedOption is { } focused ? interaction.StringOption(focused) ?? "" : "";
        var choices = new JsonArray();
        foreach (var actor in knowledge.Current.Story.Actors
                     .Where(a => typed.Length == 0 || a.Name.Contains(typed, StringComparison.OrdinalIgnoreCase) || (a.Role?.Contains(typed, StringComparison.OrdinalIgnoreCase) ?? false))
                     .Take(25))
        {
            var label = actor.Role is null ? actor.Name : $"{actor.Name} ({actor.Role})";
            choices.Add(new JsonObject { ["name"] = TextSplitter.Clamp(label, 100), ["value"] = TextSplitter.Clamp(actor.Name, 100) });
        }

        return new JsonObject { ["type"] = InteractionTypes.AutocompleteResult, ["data"] = new JsonObject { ["choices"] = choices } };
    }

    private async Task<JsonObject> ComponentAsync(Interaction interaction)
    {
        var customId = interaction.CustomId ?? "";
        var (verdict, replyId) = customId switch
        {
            _ when customId.StartsWith(DiscordReplyRenderer.HelpfulPrefix, StringComparison.Ordinal) => ("helpful", customId[DiscordReplyRenderer.HelpfulPrefix.Length..]),
            _ when customId.StartsWith(DiscordReplyRenderer.NotHelpfulPrefix, StringComparison.Ordinal) => ("not_helpful", customId[DiscordReplyRenderer.NotHelpfulPrefix.Length..]),
            _ when customId.StartsWith(DiscordReplyRenderer.SourcesPrefix, StringComparison.Ordinal) => ("sources", customId[DiscordReplyRenderer.SourcesPrefix.Length..]),
            _ => ("", ""),
        };
        var reply = replies.Find(replyId);
        if (reply is null)
        {
            return Ephemeral("That answer is no longer available. Please ask again.");
        }

        if (verdict == "sources")
        {
            var sources = DiscordReplyRenderer.RenderSources(reply, ephemeral: true);
            return new JsonObject { ["type"] = InteractionTypes.ChannelMessage, ["data"] = sources[0] };
        }

        await feedback.RecordAsync(new FeedbackRecord(time.GetUtcNow(), "discord", interaction.UserId, verdict, replyId, reply.Question, reply.Text, reply.Citations, reply.Engine), CancellationToken.None).ConfigureAwait(false);
        return Ephemeral("Thanks for the feedback.");
    }

    private IReadOnlyList<JsonObject> Render(BotReply reply, bool ephemeral) =>
        DiscordReplyRenderer.Render(reply, replies.Add(reply), ephemeral);

    // An edit of @original can't change flags; ephemerality was fixed when the interaction was deferred.
    private static JsonObject WithoutFlags(JsonObject message)
    {
        var copy = (JsonObject)message.DeepClone();
        copy.Remove("flags");
        return copy;
    }

    private static JsonObject Ephemeral(string text) => new()
    {
        ["type"] = InteractionTypes.ChannelMessage,
        ["data"] = new JsonObject { ["content"] = text, ["flags"] = InteractionTypes.EphemeralFlag, ["allowed_mentions"] = DiscordReplyRenderer.NoMentions() },
    };
}

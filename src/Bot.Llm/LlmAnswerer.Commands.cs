using Bot.Answering;
using Bot.Answering.Verification;
using Bot.Core.Model;
using Bot.Core.Replies;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace Bot.Llm;

public sealed partial class LlmAnswerer
{
    /// <summary>
    /// The prose commands written by the model from the passages the story map cites (plus the most relevant others),
    /// verified like answers. The structured items of the story map are kept beside the prose.
    /// </summary>
    public async Task<BotReply> RunAsync(string command, string? argument, CancellationToken cancellationToken)
    {
        var story = embedded.Run(command, argument);
        var knowledgeNow = knowledge.Current;
        var (function, variable) = command switch
        {
            ReplyCommands.Summary => (PromptLibrary.Brief, "topic"),
            ReplyCommands.Who => (PromptLibrary.Who, "name"),
            ReplyCommands.Why => (PromptLibrary.Why, "decision"),
            _ => throw new ArgumentException($"'{command}' is not a prose command.", nameof(command)),
        };

        var cited = story.Citations.Select(c => knowledgeNow.Corpus.FindSentence(c.SentenceId)).OfType<Sentence>().Select(s => ContextBuilder.PassageOf(knowledgeNow, s));
        var passages = context.Build(knowledgeNow, $"{command} {argument}".Trim(), cited);
        if (passages.IsEmpty || story.Abstained)
        {
            return story;
        }

        using var deadline = StartDeadline(cancellationToken);
        try
        {
            var arguments = new KernelArguments(Settings())
            {
                ["passages"] = passages.Text,
                [variable] = argument ?? "",
                ["not_found"] = PromptLibrary.NotFoundToken,
            };
            var result = await _kernel.InvokeAsync(prompts[function], arguments, deadline.Token).ConfigureAwait(false);
            var message = result.GetValue<ChatMessageContent>();
            if (string.IsNullOrWhiteSpace(message?.Content))
            {
                throw new MalformedReplyException("empty reply");
            }

            var verified = CitationVerifier.Verify(message.Content, passages.Passages, knowledgeNow.NameWords, PromptLibrary.NotFoundToken);
            if (verified.ModelSaidNotFound || verified.NothingSupported)
            {
                return story with { Notes = [.. story.Notes, "The model's version had nothing the articles support, so the story map's is shown."] };
            }

            var draft = verified.Draft with { Items = ItemsOf(story, knowledgeNow) };
            var reply = ReplyComposer.Compose(command, argument ?? "", draft, knowledgeNow.Corpus, Name);
            return reply with { Usage = ModelUsage.Total(passages.Tokens, ModelUsage.From(message.Metadata)), Verification = verified.Report };
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = ModelFailure.Describe(error, deadline.Expired, options.Value.TimeoutSeconds);
            logger.LogWarning("Model call for /{Command} failed ({Reason}); the story map answers instead", command, reason);
            return story with { Engine = FallbackEngine, Notes = [.. story.Notes, $"The language model was unavailable ({reason}), so the embedded engine answered."] };
        }
    }

    // The story map's items, re-pointed at sentences so the composer numbers them together with the prose.
    private static IReadOnlyList<DraftItem> ItemsOf(BotReply story, CorpusKnowledge knowledgeNow) =>
        story.Items.Select(item => new DraftItem(
                item.Kind,
                item.Label,
                item.Text,
                item.Markers.Select(m => knowledgeNow.Corpus.FindSentence(story.Citations[m - 1].SentenceId)).OfType<Sentence>().ToArray())
            { Details = item.Details })
            .ToArray();
}

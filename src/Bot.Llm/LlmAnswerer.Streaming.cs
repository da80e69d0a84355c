using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Answering;
using Bot.Answering.Verification;
using Bot.Core.Replies;
using Microsoft.SemanticKernel;

namespace Bot.Llm;

public sealed partial class LlmAnswerer
{
    // The end of a complete sentence in a growing answer: its stop, any markers after it, then white space.
    [GeneratedRegex(@"[.!?][""'”’)]?(?:\s*\[[^\]\n]{0,40}\])*(?=\s)|\n")]
    private static partial Regex SentenceEnd();

    /// <summary>
    /// Streams the model's answer, showing only verified text: each time a sentence completes, the sentences so far
    /// are checked and the verified text is sent on. The last update is the same reply <see cref="AskAsync"/> gives.
    /// </summary>
    public async IAsyncEnumerable<AnswerUpdate> AskStreamingAsync(string question, Conversation? conversation, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var plan = Plan(question, conversation);
        if (plan.AnswerDirectly)
        {
            yield return AnswerUpdate.Completed(plan.Embedded);
            yield break;
        }

        using var deadline = StartDeadline(cancellationToken);
        var buffer = new StringBuilder();
        var shown = "";
        var verifiedUpTo = 0;
        (int, int) answerUsage = (0, 0);
        (int, int) condenseUsage = (0, 0);
        string? standalone = null;
        PassageContext? passages = null;
        Exception? failure = null;
        IAsyncEnumerator<StreamingChatMessageContent>? stream = null;
        try
        {
            try
            {
                (standalone, condenseUsage) = await StandaloneAsync(plan, deadline.Token).ConfigureAwait(false);
                passages = context.Build(knowledge.Current, standalone);
                if (!passages.IsEmpty)
                {
                    stream = _kernel.InvokeStreamingAsync<StreamingChatMessageContent>(prompts[PromptLibrary.Answer], AnswerArguments(standalone, passages), deadline.Token)
                        .GetAsyncEnumerator(deadline.Token);
                }
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                failure = error;
            }

            while (stream is not null && failure is null)
            {
                StreamingChatMessageContent chunk;
                try
                {
                    if (!await stream.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    chunk = stream.Current;
                }
                catch (Exception error) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = error;
                    break;
                }

                var usage = ModelUsage.From(chunk.Metadata);
                if (usage != (0, 0))
                {
                    answerUsage = usage;
                }

                buffer.Append(chunk.Content);
                var complete = LastSentenceEnd(buffer);
                if (complete > verifiedUpTo && !LooksLikeNotFound(buffer))
                {
                    verifiedUpTo = complete;
                    var partial = CitationVerifier.Verify(buffer.ToString(0, complete), passages!.Passages, knowledge.Current.NameWords, PromptLibrary.NotFoundToken);
                    var text = ReplyComposer.Compose(ReplyCommands.Ask, plan.Typed, partial.Draft, knowledge.Current.Corpus, Name).Text;
                    if (text.Length > 0 && text != shown)
                    {
                        shown = text;
                        yield return new AnswerUpdate(text);
                    }
                }
            }
        }
        finally
        {
            if (stream is not null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (failure is null && passages is { IsEmpty: false } && buffer.ToString().Trim().Length == 0)
        {
            failure = new MalformedReplyException("empty reply");
        }

        var final = failure is not null ? Fallback(plan, failure, deadline.Expired)
            : passages is null or { IsEmpty: true } ? plan.Embedded
            : Finish(plan, standalone!, passages, buffer.ToString(), ModelUsage.Total(passages.Tokens, condenseUsage, answerUsage));
        yield return AnswerUpdate.Completed(final);
    }

    private static int LastSentenceEnd(StringBuilder buffer)
    {
        var text = buffer.ToString();
        var matches = SentenceEnd().Matches(text);
        return matches.Count == 0 ? 0 : matches[^1].Index + matches[^1].Length;
    }

    // Until the answer is clearly not the not-found token, show nothing.
    private static bool LooksLikeNotFound(StringBuilder buffer)
    {
        var start = buffer.ToString().TrimStart();
        var length = Math.Min(start.Length, PromptLibrary.NotFoundToken.Length);
        return start.Length == 0 || string.CompareOrdinal(start, 0, PromptLibrary.NotFoundToken, 0, length) == 0
            || start.Contains(PromptLibrary.NotFoundToken, StringComparison.Ordinal);
    }
}

using Bot.Answering;
using Bot.Answering.Verification;
using Bot.Core.Replies;
using Bot.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Bot.Llm;

/// <summary>
/// Answers with a language model through Semantic Kernel, and keeps only what the corpus supports: the question is
/// condensed with the chat, the most relevant passages (within the token budget) are numbered into the answer
/// prompt, and every sentence of the model's answer is checked against the passages it cites. When the model fails
/// (error, timeout, 429, malformed reply), the embedded engine answers and the reply says so.
/// </summary>
public sealed partial class LlmAnswerer(
    ModelKernel model,
    PromptLibrary prompts,
    ContextBuilder context,
    EmbeddedAnswerer embedded,
    KnowledgeSource knowledge,
    IOptions<AiOptions> options,
    TimeProvider time,
    ILogger<LlmAnswerer> logger) : IAnswerer
{
    public const string FallbackEngine = AnswerEngine.EngineName + " (fallback)";
    public const string NoAnswerText = "The articles in the corpus don't answer that.";
    private const int MaxStandaloneLength = 400;

    private readonly Kernel _kernel = model.Kernel;

    public string Name => $"llm:{options.Value.Model}";

    public async Task<BotReply> AskAsync(string question, Conversation? conversation, CancellationToken cancellationToken)
    {
        var plan = Plan(question, conversation);
        if (plan.AnswerDirectly)
        {
            return plan.Embedded;
        }

        using var deadline = StartDeadline(cancellationToken);
        try
        {
            var (standalone, condenseUsage) = await StandaloneAsync(plan, deadline.Token).ConfigureAwait(false);
            var passages = context.Build(knowledge.Current, standalone);
            if (passages.IsEmpty)
            {
                return plan.Embedded;
            }

            var result = await _kernel.InvokeAsync(prompts[PromptLibrary.Answer], AnswerArguments(standalone, passages), deadline.Token).ConfigureAwait(false);
            var message = result.GetValue<ChatMessageContent>();
            var text = message?.Content;
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new MalformedReplyException("empty reply");
            }

            var usage = ModelUsage.Total(passages.Tokens, condenseUsage, ModelUsage.From(message!.Metadata));
            return Finish(plan, standalone, passages, text, usage);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            return Fallback(plan, error, deadline.Expired);
        }
    }

    private AnswerPlan Plan(string question, Conversation? conversation)
    {
        var history = conversation?.Questions.ToArray() ?? [];
        var reply = embedded.Ask(question, conversation); // also remembers the question for the next follow-up
        var inspection = AnswerEngine.Inspect(question, knowledge.Current);
        var direct = inspection.Question.Length == 0 || inspection.Kind is QuestionKind.Help or QuestionKind.OutOfScope || knowledge.Current.Corpus.Articles.Count == 0;
        return new AnswerPlan(inspection.Text, inspection.Question, history, reply, direct);
    }

    // A follow-up is rewritten by the model into a standalone question; if the rewrite is unusable, the rule-based
    // resolution of the embedded engine ("... (about Mike Waltz)") stands in.
    private async Task<(string Question, (int, int) Usage)> StandaloneAsync(AnswerPlan plan, CancellationToken cancellationToken)
    {
        if (plan.History.Count == 0)
        {
            return (plan.ModelQuestion, (0, 0));
        }

        var arguments = new KernelArguments
        {
            ["history"] = string.Join("\n", plan.History.TakeLast(6).Select(q => "- " + q)),
            ["question"] = plan.ModelQuestion,
        };
        var result = await _kernel.InvokeAsync(prompts[PromptLibrary.Condense], arguments, cancellationToken).ConfigureAwait(false);
        var message = result.GetValue<ChatMessageContent>();
        var rewritten = message?.Content?.Trim().Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim().Trim('"') ?? "";
        var usable = rewritten.Length is > 2 and <= MaxStandaloneLength && !rewritten.Contains(PromptLibrary.NotFoundToken, StringComparison.Ordinal);
        var fallback = plan.Embedded.ResolvedQuestion ?? plan.ModelQuestion;
        return (usable ? rewritten : fallback, ModelUsage.From(message?.Metadata));
    }

    private KernelArguments AnswerArguments(string question, PassageContext passages) =>
        new(Settings())
        {
            ["question"] = question,
            ["passages"] = passages.Text,
            ["not_found"] = PromptLibrary.NotFoundToken,
        };

    private PromptExecutionSettings Settings() => new()
    {
        ExtensionData = new Dictionary<string, object> { ["max_tokens"] = options.Value.MaxOutputTokens, ["temperature"] = 0 },
    };

    private BotReply Finish(AnswerPlan plan, string standalone, PassageContext passages, string modelText, TokenUsage usage)
    {
        var verified = CitationVerifier.Verify(modelText, passages.Passages, knowledge.Current.NameWords, PromptLibrary.NotFoundToken);
        if (verified.Report.Removed > 0 || verified.Report.DanglingMarkers > 0)
        {
            logger.LogInformation("Citation check removed {Removed} of {Sentences} sentences and {Dangling} dangling markers", verified.Report.Removed, verified.Report.Sentences, verified.Report.DanglingMarkers);
        }

        var reply = verified.ModelSaidNotFound || verified.NothingSupported
            ? Abstention(plan, verified)
            : ReplyComposer.Compose(ReplyCommands.Ask, plan.Typed, verified.Draft, knowledge.Current.Corpus, Name);
        return reply with
        {
            Usage = usage,
            Verification = verified.Report,
            Notes = plan.Embedded.Notes,
            ResolvedQuestion = standalone == plan.ModelQuestion ? null : standalone,
        };
    }

    // Nothing the model wrote is supported, or it said the passages don't answer: say so plainly, keeping any of its
    // sentences that only say what the articles are silent on.
    private BotReply Abstention(AnswerPlan plan, VerifiedAnswer verified)
    {
        var silence = verified.Draft.Parts.Where(p => p.Evidence.Count == 0).Select(p => p.Text).ToArray();
        var text = silence.Length > 0 ? string.Join(' ', silence) : NoAnswerText;
        return new BotReply(ReplyCommands.Ask, plan.Typed, text, Abstained: true, [], [], Name);
    }

    private BotReply Fallback(AnswerPlan plan, Exception error, bool timedOut)
    {
        var reason = ModelFailure.Describe(error, timedOut, options.Value.TimeoutSeconds);
        logger.LogWarning(error is MalformedReplyException or OperationCanceledException ? null : error,
            "Model call failed ({Reason}); the embedded engine answers instead", reason);
        return plan.Embedded with
        {
            Engine = FallbackEngine,
            Notes = [.. plan.Embedded.Notes, $"The language model was unavailable ({reason}), so the embedded engine answered."],
        };
    }

    private AnswerDeadline StartDeadline(CancellationToken cancellationToken) =>
        new(TimeSpan.FromSeconds(options.Value.TimeoutSeconds), time, cancellationToken);
}

namespace Bot.Core.Replies;

/// <summary>
/// One step of a streamed answer: the (verified) text so far, for a chat adapter to show by editing its message;
/// the last step carries the <see cref="Final"/> reply, which replaces whatever was shown.
/// </summary>
public sealed record AnswerUpdate(string Text, BotReply? Final = null)
{
    public bool IsFinal => Final is not null;

    public static AnswerUpdate Completed(BotReply reply) => new(reply.Text, reply);
}

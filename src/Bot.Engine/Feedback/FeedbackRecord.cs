using Bot.Core.Replies;

namespace Bot.Engine.Feedback;

/// <summary>A user's verdict on a reply, kept with the question, the answer and its citations.</summary>
public sealed record FeedbackRecord(
    DateTimeOffset At,
    string Platform,
    string UserId,
    string Verdict,
    string ReplyId,
    string Question,
    string Answer,
    IReadOnlyList<Citation> Citations,
    string Engine);

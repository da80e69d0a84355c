namespace Bot.Engine.Feedback;

/// <summary>Where feedback from chat buttons goes (helpful / not helpful).</summary>
public interface IFeedbackStore
{
    Task RecordAsync(FeedbackRecord record, CancellationToken cancellationToken);

    /// <summary>The most recent records, newest last.</summary>
    IReadOnlyList<FeedbackRecord> Recent { get; }
}

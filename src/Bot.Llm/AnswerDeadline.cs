namespace Bot.Llm;

/// <summary>The time one answer may take the model (retries included), linked to the caller's cancellation.</summary>
internal sealed class AnswerDeadline : IDisposable
{
    private readonly CancellationTokenSource _timer;
    private readonly CancellationTokenSource _linked;

    public AnswerDeadline(TimeSpan limit, TimeProvider time, CancellationToken cancellationToken)
    {
        _timer = new CancellationTokenSource(limit, time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timer.Token);
    }

    public CancellationToken Token => _linked.Token;

    public bool Expired => _timer.IsCancellationRequested;

    public void Dispose()
    {
        _linked.Dispose();
        _timer.Dispose();
    }
}

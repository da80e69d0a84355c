namespace Bot.Discord.Protocol.Gateway;

/// <summary>What a Resume needs, kept across connections: session id and resume URL from READY, and the last sequence.</summary>
internal sealed class GatewaySession
{
    private readonly Lock _lock = new();
    private string? _sessionId;
    private Uri? _resumeUrl;
    private int? _sequence;

    public string? SessionId
    {
        get { lock (_lock) { return _sessionId; } }
    }

    public Uri? ResumeUrl
    {
        get { lock (_lock) { return _resumeUrl; } }
    }

    public int? Sequence
    {
        get { lock (_lock) { return _sequence; } }
    }

    public bool CanResume
    {
        get { lock (_lock) { return _sessionId is not null && _resumeUrl is not null; } }
    }

    /// <summary>Records a dispatch's <c>s</c>; null ones leave the last sequence as it was.</summary>
    public void Observe(int? sequence)
    {
        if (sequence is null)
        {
            return;
        }

        lock (_lock)
        {
            _sequence = sequence;
        }
    }

    public void Ready(string sessionId, Uri resumeUrl)
    {
        lock (_lock)
        {
            _sessionId = sessionId;
            _resumeUrl = resumeUrl;
        }
    }

    /// <summary>Forgets the session: the next connection identifies afresh and sequences start over.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _sessionId = null;
            _resumeUrl = null;
            _sequence = null;
        }
    }
}

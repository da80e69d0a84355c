namespace Bot.Discord.Protocol.Gateway;

/// <summary>How long to wait before the next connection.</summary>
internal enum GatewayReconnectDelay
{
    /// <summary>Reconnect at once (op 7, zombied connection), unless earlier attempts kept failing.</summary>
    Immediate,

    /// <summary>Growing backoff over consecutive failures (close codes, dropped sockets).</summary>
    Backoff,

    /// <summary>A random 1–5 s, as the docs ask after Invalid Session.</summary>
    InvalidSession,
}

/// <summary>Why a connection ended and what the next one does: Resume, Identify, or nothing.</summary>
internal sealed record GatewayDisconnect(GatewayCloseAction Next, GatewayReconnectDelay Delay, string Reason)
{
    /// <summary>The close code the client sends; null when the gateway closed or the socket dropped.</summary>
    public int? CloseWith { get; init; }

    public static GatewayDisconnect Zombied() =>
        new(GatewayCloseAction.Resume, GatewayReconnectDelay.Immediate, "no heartbeat ACK since the last heartbeat (zombied connection)")
        {
            CloseWith = GatewayCloseCodes.ClientResuming,
        };

    public static GatewayDisconnect ReconnectRequested() =>
        new(GatewayCloseAction.Resume, GatewayReconnectDelay.Immediate, "the gateway asked to reconnect (op 7)")
        {
            CloseWith = GatewayCloseCodes.ClientResuming,
        };

    public static GatewayDisconnect InvalidSession(bool resumable) => resumable
        ? new(GatewayCloseAction.Resume, GatewayReconnectDelay.InvalidSession, "invalid session (op 9), resumable")
        {
            CloseWith = GatewayCloseCodes.ClientResuming,
        }
        : new(GatewayCloseAction.Identify, GatewayReconnectDelay.InvalidSession, "invalid session (op 9), not resumable")
        {
            CloseWith = GatewayCloseCodes.ClientNormal,
        };

    public static GatewayDisconnect Closed(int? closeCode) =>
        new(GatewayCloseCodes.ActionFor(closeCode), GatewayReconnectDelay.Backoff, "closed by the gateway: " + GatewayCloseCodes.Describe(closeCode));

    public static GatewayDisconnect Dropped(Exception exception) =>
        new(GatewayCloseAction.Resume, GatewayReconnectDelay.Backoff, $"connection dropped ({exception.GetType().Name}: {exception.Message})");

    public static GatewayDisconnect Shutdown() =>
        new(GatewayCloseAction.Stop, GatewayReconnectDelay.Immediate, "shutting down") { CloseWith = GatewayCloseCodes.ClientNormal };
}

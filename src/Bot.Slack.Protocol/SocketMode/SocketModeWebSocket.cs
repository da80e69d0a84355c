using System.Net.WebSockets;

namespace Bot.Slack.Protocol.SocketMode;

/// <summary>The default connector: a <see cref="ClientWebSocket"/> that pings and gives up on a peer that stops answering.</summary>
internal static class SocketModeWebSocket
{
    /// <summary>How often a ping is sent; Slack answers with a pong.</summary>
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait for the pong before the socket is aborted (a dead or half-open peer).</summary>
    public static readonly TimeSpan KeepAliveTimeout = TimeSpan.FromSeconds(10);

    public static async Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = KeepAliveInterval;
        socket.Options.KeepAliveTimeout = KeepAliveTimeout;
        try
        {
            await socket.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

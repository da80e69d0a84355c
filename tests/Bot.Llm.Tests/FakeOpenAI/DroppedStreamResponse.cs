using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;

namespace Bot.Llm.Tests.FakeOpenAI;

/// <summary>
/// A stream cut short: the content chunks, then the connection closes with no finish chunk, no <c>[DONE]</c> and no
/// terminating HTTP chunk. The bytes go straight to the socket and only its sending side is shut, so the client
/// reliably reads every chunk before it sees the premature end (an abort alone resets the connection and may make
/// the client's kernel discard chunks it has not read yet).
/// </summary>
internal sealed class DroppedStreamResponse(IReadOnlyList<string> chunks) : ScriptedResponse
{
    private const string Head =
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-cache\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n";

    private const int HangUpGraceMilliseconds = 5000;

    internal override async Task WriteAsync(HttpContext context, RecordedRequest request, CancellationToken cancellationToken)
    {
        var events = OpenAIJson.ContentChunks(OpenAIJson.NewCompletionId(), OpenAIJson.Now(), "test-model", chunks, false)
            .Select(data => "data: " + data + "\n\n");
        var socket = context.Features.Get<IConnectionSocketFeature>()?.Socket;
        if (socket is null || !HttpProtocol.IsHttp11(context.Request.Protocol))
        {
            await WriteThroughKestrelThenAbortAsync(context, events, cancellationToken);
            return;
        }

        await socket.SendAsync(Encoding.ASCII.GetBytes(Head), SocketFlags.None, cancellationToken);
        foreach (var data in events)
        {
            var bytes = Encoding.UTF8.GetBytes(data);
            var frame = Encoding.ASCII.GetBytes($"{bytes.Length:x}\r\n").Concat(bytes).Concat("\r\n"u8.ToArray()).ToArray();
            await socket.SendAsync(frame, SocketFlags.None, cancellationToken);
        }

        socket.Shutdown(SocketShutdown.Send);
        try
        {
            // Wait for the client to read up to the end and hang up; the abort below then finds nothing unread.
            await Task.Delay(HangUpGraceMilliseconds, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        context.Abort();
    }

    private static async Task WriteThroughKestrelThenAbortAsync(
        HttpContext context, IEnumerable<string> events, CancellationToken cancellationToken)
    {
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        foreach (var data in events)
        {
            await context.Response.WriteAsync(data, cancellationToken);
            await context.Response.Body.FlushAsync(cancellationToken);
        }

        await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        context.Abort();
    }
}

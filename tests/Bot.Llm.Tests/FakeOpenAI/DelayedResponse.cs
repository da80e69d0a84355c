using Microsoft.AspNetCore.Http;

namespace Bot.Llm.Tests.FakeOpenAI;

/// <summary>Waits, then serves another response; a client that gives up first ends it quietly.</summary>
internal sealed class DelayedResponse(TimeSpan delay, ScriptedResponse then) : ScriptedResponse
{
    internal override async Task WriteAsync(HttpContext context, RecordedRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }

        await then.WriteAsync(context, request, cancellationToken);
    }
}

using Microsoft.AspNetCore.Http;

namespace Bot.Llm.Tests.FakeOpenAI;

/// <summary>A response chosen after seeing the request (e.g. to cite the passage numbers the prompt actually used).</summary>
internal sealed class ComputedResponse(Func<RecordedRequest, ScriptedResponse> choose) : ScriptedResponse
{
    internal override Task WriteAsync(HttpContext context, RecordedRequest request, CancellationToken cancellationToken) =>
        choose(request).WriteAsync(context, request, cancellationToken);
}

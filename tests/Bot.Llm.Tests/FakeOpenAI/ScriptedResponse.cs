using Microsoft.AspNetCore.Http;

namespace Bot.Llm.Tests.FakeOpenAI;

/// <summary>One scripted HTTP answer of the stand-in; build it with the static factories.</summary>
public abstract class ScriptedResponse
{
    private protected ScriptedResponse()
    {
    }

    /// <summary>A non-streaming <c>chat.completion</c> with one assistant message.</summary>
    public static ScriptedResponse Completion(
        string content, int promptTokens = 120, int completionTokens = 30, string model = "test-model", string finishReason = "stop") =>
        new CompletionResponse(content, promptTokens, completionTokens, model, finishReason);

    /// <summary>A <c>text/event-stream</c> of chunks, a finish chunk, a usage chunk when asked, then <c>[DONE]</c>.</summary>
    public static ScriptedResponse Stream(
        IEnumerable<string> chunks,
        int promptTokens = 120,
        int completionTokens = 30,
        string model = "test-model",
        TimeSpan? delayBetweenChunks = null) =>
        new StreamResponse([.. chunks], promptTokens, completionTokens, model, delayBetweenChunks);

    /// <summary>Sends the content chunks, then cuts the connection without a finish chunk or <c>[DONE]</c>.</summary>
    public static ScriptedResponse StreamThenDrop(IEnumerable<string> chunks) => new DroppedStreamResponse([.. chunks]);

    /// <summary>An OpenAI error body with the given status, and a <c>Retry-After</c> header when given.</summary>
    public static ScriptedResponse Status(int statusCode, string? retryAfter = null, string? message = null) =>
        new StatusResponse(statusCode, retryAfter, message);

    /// <summary>The body exactly as given, e.g. malformed JSON.</summary>
    public static ScriptedResponse Raw(string body, string contentType = "application/json", int statusCode = 200) =>
        new RawResponse(body, contentType, statusCode);

    /// <summary>Waits <paramref name="delay"/> (giving up quietly when the client does), then serves <paramref name="then"/>.</summary>
    public static ScriptedResponse Delayed(TimeSpan delay, ScriptedResponse then) => new DelayedResponse(delay, then);

    /// <summary>Decides the response from the request, e.g. a completion that cites the passage numbers it was sent.</summary>
    public static ScriptedResponse From(Func<RecordedRequest, ScriptedResponse> choose) => new ComputedResponse(choose);

    internal abstract Task WriteAsync(HttpContext context, RecordedRequest request, CancellationToken cancellationToken);

    /// <summary>Headers every OpenAI response carries.</summary>
    private protected static void AddCommonHeaders(HttpResponse response) =>
        response.Headers["x-request-id"] = "req_" + Guid.NewGuid().ToString("N");
}

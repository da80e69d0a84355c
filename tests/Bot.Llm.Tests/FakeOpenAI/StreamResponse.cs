using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Llm.Tests.FakeOpenAI;

/// <summary>Server-sent events of <c>chat.completion.chunk</c> objects, as the streaming API sends them.</summary>
internal sealed class StreamResponse(
    IReadOnlyList<string> chunks,
    int promptTokens,
    int completionTokens,
    string model,
    TimeSpan? delayBetweenChunks) : ScriptedResponse
{
    internal override async Task WriteAsync(HttpContext context, RecordedRequest request, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        AddCommonHeaders(response);

        var id = OpenAIJson.NewCompletionId();
        var created = OpenAIJson.Now();
        var usageField = request.IncludeUsage;
        var first = true;
        foreach (var data in OpenAIJson.ContentChunks(id, created, model, chunks, usageField))
        {
            if (!first && delayBetweenChunks is { } delay)
            {
                await Task.Delay(delay, cancellationToken);
            }

            first = false;
            await WriteEventAsync(response, data, cancellationToken);
        }

        await WriteEventAsync(response, OpenAIJson.Chunk(id, created, model, new JsonObject(), "stop", usageField), cancellationToken);
        if (usageField)
        {
            var usage = OpenAIJson.UsageChunk(id, created, model, promptTokens, completionTokens);
            await WriteEventAsync(response, usage, cancellationToken);
        }

        await WriteEventAsync(response, "[DONE]", cancellationToken);
    }

    private static async Task WriteEventAsync(HttpResponse response, string data, CancellationToken cancellationToken)
    {
        await response.WriteAsync("data: " + data + "\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}

using Microsoft.AspNetCore.Http;

namespace Bot.Llm.Tests.FakeOpenAI;

internal sealed class CompletionResponse(
    string content, int promptTokens, int completionTokens, string model, string finishReason) : ScriptedResponse
{
    internal override Task WriteAsync(HttpContext context, RecordedRequest request, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        AddCommonHeaders(response);
        var body = OpenAIJson.Completion(content, model, finishReason, promptTokens, completionTokens);
        return response.WriteAsync(body, cancellationToken);
    }
}

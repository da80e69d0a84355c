using Microsoft.AspNetCore.Http;

namespace Bot.Llm.Tests.FakeOpenAI;

/// <summary>A body sent verbatim, for malformed-response tests.</summary>
internal sealed class RawResponse(string body, string contentType, int statusCode) : ScriptedResponse
{
    internal override Task WriteAsync(HttpContext context, RecordedRequest request, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = contentType;
        AddCommonHeaders(response);
        return response.WriteAsync(body, cancellationToken);
    }
}

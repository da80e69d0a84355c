using Microsoft.AspNetCore.Http;

namespace Bot.Llm.Tests.FakeOpenAI;

/// <summary>An error status with the OpenAI error body, typed and coded as the real API does.</summary>
internal sealed class StatusResponse(int statusCode, string? retryAfter, string? message) : ScriptedResponse
{
    internal override Task WriteAsync(HttpContext context, RecordedRequest request, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json";
        AddCommonHeaders(response);
        if (retryAfter is not null)
        {
            response.Headers.RetryAfter = retryAfter;
        }

        var (type, code, defaultMessage) = Describe(statusCode);
        return response.WriteAsync(OpenAIJson.Error(message ?? defaultMessage, type, code), cancellationToken);
    }

    private static (string Type, string? Code, string Message) Describe(int statusCode) => statusCode switch
    {
        400 => ("invalid_request_error", null, "Bad request."),
        401 => ("invalid_request_error", "invalid_api_key", "Incorrect API key provided."),
        403 => ("permission_error", null, "You are not allowed to perform this request."),
        404 => ("invalid_request_error", "model_not_found", "The model does not exist or you do not have access to it."),
        429 => ("requests", "rate_limit_exceeded", "Rate limit reached. Please try again later."),
        >= 500 => ("server_error", null, "The server had an error while processing your request. Sorry about that!"),
        _ => ("invalid_request_error", null, $"Request failed with status {statusCode}."),
    };
}

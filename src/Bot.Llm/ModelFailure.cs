using System.ClientModel;
using System.Text.Json;
using Microsoft.SemanticKernel;

namespace Bot.Llm;

/// <summary>Turns what went wrong with a model call into a short reason for logs and reply notes (never secrets).</summary>
internal static class ModelFailure
{
    public static string Describe(Exception error, bool timedOut, int timeoutSeconds) => error switch
    {
        _ when timedOut => $"timed out after {timeoutSeconds} s",
        HttpOperationException { StatusCode: System.Net.HttpStatusCode.TooManyRequests } => "rate limited, HTTP 429",
        HttpOperationException { StatusCode: { } status } => $"HTTP {(int)status}",
        ClientResultException { Status: 429 } => "rate limited, HTTP 429",
        ClientResultException { Status: > 0 } client => $"HTTP {client.Status}",
        ClientResultException { InnerException: { } inner } => Describe(inner, timedOut, timeoutSeconds),
        ClientResultException => "connection failed",
        JsonException => "malformed reply",
        MalformedReplyException malformed => malformed.Message,
        HttpRequestException or IOException => "connection failed",
        HttpOperationException { InnerException: { } inner } => Describe(inner, timedOut, timeoutSeconds),
        _ => error.GetType().Name,
    };
}

/// <summary>The model answered, but not with anything usable (no text, an empty stream).</summary>
internal sealed class MalformedReplyException(string message) : Exception(message);

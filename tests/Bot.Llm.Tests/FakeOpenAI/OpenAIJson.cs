using System.Text.Json.Nodes;

namespace Bot.Llm.Tests.FakeOpenAI;

/// <summary>Builds the JSON bodies of the official chat-completions API.</summary>
internal static class OpenAIJson
{
    public const string SystemFingerprint = "fp_fakeopenai";

    public static string NewCompletionId() => "chatcmpl-" + Guid.NewGuid().ToString("N");

    public static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    /// <summary>A <c>chat.completion</c> object with one assistant choice.</summary>
    public static string Completion(string content, string model, string finishReason, int promptTokens, int completionTokens) =>
        new JsonObject
        {
            ["id"] = NewCompletionId(),
            ["object"] = "chat.completion",
            ["created"] = Now(),
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject
                {
                    ["role"] = "assistant",
                    ["content"] = content,
                    ["refusal"] = null,
                    ["annotations"] = new JsonArray(),
                },
                ["logprobs"] = null,
                ["finish_reason"] = finishReason,
            }),
            ["usage"] = Usage(promptTokens, completionTokens),
            ["service_tier"] = "default",
            ["system_fingerprint"] = SystemFingerprint,
        }.ToJsonString();

    /// <summary>One content chunk per text (at least one); the first delta also carries the assistant role.</summary>
    public static IEnumerable<string> ContentChunks(
        string id, long created, string model, IReadOnlyList<string> texts, bool withUsageField)
    {
        IReadOnlyList<string> contents = texts.Count > 0 ? texts : [""];
        for (var i = 0; i < contents.Count; i++)
        {
            var delta = i == 0
                ? new JsonObject { ["role"] = "assistant", ["content"] = contents[i], ["refusal"] = null }
                : new JsonObject { ["content"] = contents[i] };
            yield return Chunk(id, created, model, delta, null, withUsageField);
        }
    }

    /// <summary>A <c>chat.completion.chunk</c> with one choice; <paramref name="withUsageField"/> adds <c>usage: null</c>.</summary>
    public static string Chunk(string id, long created, string model, JsonObject delta, string? finishReason, bool withUsageField)
    {
        var chunk = ChunkEnvelope(id, created, model);
        chunk["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["delta"] = delta,
            ["logprobs"] = null,
            ["finish_reason"] = finishReason,
        });
        if (withUsageField)
        {
            chunk["usage"] = null;
        }

        return chunk.ToJsonString();
    }

    /// <summary>The extra last chunk sent for <c>stream_options.include_usage</c>: no choices, only usage.</summary>
    public static string UsageChunk(string id, long created, string model, int promptTokens, int completionTokens)
    {
        var chunk = ChunkEnvelope(id, created, model);
        chunk["choices"] = new JsonArray();
        chunk["usage"] = Usage(promptTokens, completionTokens);
        return chunk.ToJsonString();
    }

    /// <summary>The OpenAI error body: <c>{"error":{"message","type","param","code"}}</c>.</summary>
    public static string Error(string message, string type, string? code) =>
        new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["message"] = message,
                ["type"] = type,
                ["param"] = null,
                ["code"] = code,
            },
        }.ToJsonString();

    private static JsonObject ChunkEnvelope(string id, long created, string model) => new()
    {
        ["id"] = id,
        ["object"] = "chat.completion.chunk",
        ["created"] = created,
        ["model"] = model,
        ["service_tier"] = "default",
        ["system_fingerprint"] = SystemFingerprint,
    };

    private static JsonObject Usage(int promptTokens, int completionTokens) => new()
    {
        ["prompt_tokens"] = promptTokens,
        ["completion_tokens"] = completionTokens,
        ["total_tokens"] = promptTokens + completionTokens,
        ["prompt_tokens_details"] = new JsonObject { ["cached_tokens"] = 0, ["audio_tokens"] = 0 },
        ["completion_tokens_details"] = new JsonObject
        {
            ["reasoning_tokens"] = 0,
            ["audio_tokens"] = 0,
            ["accepted_prediction_tokens"] = 0,
            ["rejected_prediction_tokens"] = 0,
        },
    };
}

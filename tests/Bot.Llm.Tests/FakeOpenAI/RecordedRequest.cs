using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Llm.Tests.FakeOpenAI;

/// <summary>One HTTP request as the stand-in received it, with parsed chat-completions helpers.</summary>
public sealed class RecordedRequest
{
    private RecordedRequest(string method, string path, string query, IReadOnlyDictionary<string, string> headers, string body)
    {
        Method = method;
        Path = path;
        Query = query;
        Headers = headers;
        Body = body;
        Deployment = ChatCompletionsRoute.DeploymentOf(path);
        Json = TryParse(body);
        if (Json is not JsonObject root)
        {
            return;
        }

        Model = root["model"] is JsonValue model && model.TryGetValue(out string? name) ? name : null;
        IsStreaming = BoolOf(root["stream"]);
        IncludeUsage = BoolOf(root["stream_options"]?["include_usage"]);
        MaxTokens = IntOf(root["max_completion_tokens"]) ?? IntOf(root["max_tokens"]);
        Temperature = DoubleOf(root["temperature"]);
        Messages = MessagesOf(root["messages"]);
    }

    public string Method { get; }

    public string Path { get; }

    /// <summary>The raw query string including its leading '?', or empty.</summary>
    public string Query { get; }

    /// <summary>Request headers, case-insensitive; repeated values are joined with ", ".</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    public string Body { get; }

    /// <summary>The Azure deployment name when the Azure route was used, else null.</summary>
    public string? Deployment { get; }

    /// <summary>The parsed body, or null when it is not JSON.</summary>
    public JsonNode? Json { get; }

    public string? Model { get; }

    public bool IsStreaming { get; }

    /// <summary>True when the body asked <c>stream_options: {include_usage: true}</c>.</summary>
    public bool IncludeUsage { get; }

    /// <summary><c>max_completion_tokens</c>, else <c>max_tokens</c>, when present.</summary>
    public int? MaxTokens { get; }

    public double? Temperature { get; }

    /// <summary>Role and text of each message; array contents have their text parts joined.</summary>
    public IReadOnlyList<(string Role, string Content)> Messages { get; } = [];

    internal static async Task<RecordedRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(cancellationToken);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = values.ToString();
        }

        return new RecordedRequest(request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "", headers, body);
    }

    private static JsonNode? TryParse(string body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<(string Role, string Content)> MessagesOf(JsonNode? messages)
    {
        var result = new List<(string Role, string Content)>();
        if (messages is not JsonArray array)
        {
            return result;
        }

        foreach (var message in array)
        {
            var role = StringOf(message?["role"]) ?? "";
            result.Add((role, ContentOf(message?["content"])));
        }

        return result;
    }

    private static string ContentOf(JsonNode? content) => content switch
    {
        JsonValue value => StringOf(value) ?? "",
        JsonArray parts => string.Concat(parts
            .Where(p => StringOf(p?["type"]) == "text")
            .Select(p => StringOf(p?["text"]) ?? "")),
        _ => "",
    };

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private static bool BoolOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out bool flag) && flag;

    private static int? IntOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out int number) ? number : null;

    private static double? DoubleOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out double number) ? number : null;
}

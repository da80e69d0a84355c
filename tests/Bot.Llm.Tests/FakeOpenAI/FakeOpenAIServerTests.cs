using System.ClientModel;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI.Chat;

namespace Bot.Llm.Tests.FakeOpenAI;

/// <summary>
/// Proves the stand-in against the real Semantic Kernel connectors (1.82.0, OpenAI SDK 2.10.0, Azure.AI.OpenAI 2.9.0-beta.1).
/// Observed with a custom HttpClient: non-streaming 429/500 => HttpOperationException (inner ClientResultException) after
/// exactly one HTTP request (no SDK retries); streaming 500 => ClientResultException, not wrapped; malformed JSON =>
/// JsonException (JsonReaderException), not wrapped; a dropped stream => HttpIOException after the chunks already sent;
/// cancellation => TaskCanceledException; HttpClient.Timeout => TaskCanceledException with an inner TimeoutException.
/// </summary>
public sealed class FakeOpenAIServerTests
{
    [Fact]
    public async Task OpenAI_Completion_ReturnsScriptedContentAndUsage_AndRecordsRequest()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedResponse.Completion("Hello there.", promptTokens: 42, completionTokens: 7));
        var settings = new OpenAIPromptExecutionSettings { MaxTokens = 50, Temperature = 0.2 };

        var reply = await OpenAI(server).GetChatMessageContentAsync(History(), settings);

        Assert.Equal("Hello there.", reply.Content);
        Assert.Equal(AuthorRole.Assistant, reply.Role);
        var usage = Assert.IsType<ChatTokenUsage>(reply.Metadata?["Usage"]);
        Assert.Equal(42, usage.InputTokenCount);
        Assert.Equal(7, usage.OutputTokenCount);
        Assert.Equal(49, usage.TotalTokenCount);
        Assert.Equal("Stop", reply.Metadata?["FinishReason"]);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer sk-test", request.Headers["authorization"]);
        Assert.Equal("test-model", request.Model);
        Assert.False(request.IsStreaming);
        Assert.Equal(50, request.MaxTokens); // SK's OpenAI connector sends max_completion_tokens.
        Assert.Equal(0.2, request.Temperature);
        Assert.Equal([("system", "Be brief."), ("user", "What happened?")], request.Messages);
    }

    [Fact]
    public async Task OpenAI_Stream_YieldsChunksInOrder_AndUsageArrivesLast()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedResponse.Stream(
            ["The ", "quick ", "fox."], promptTokens: 11, completionTokens: 3, delayBetweenChunks: TimeSpan.FromMilliseconds(5)));

        var updates = new List<StreamingChatMessageContent>();
        await foreach (var update in OpenAI(server).GetStreamingChatMessageContentsAsync(History()))
        {
            updates.Add(update);
        }

        var texts = updates.Select(u => u.Content).Where(c => !string.IsNullOrEmpty(c)).ToList();
        Assert.Equal(["The ", "quick ", "fox."], texts);
        Assert.Equal("The quick fox.", string.Concat(texts));
        Assert.Equal("Stop", updates[^2].Metadata?["FinishReason"]);
        var usage = Assert.IsType<ChatTokenUsage>(updates[^1].Metadata?["Usage"]);
        Assert.Equal(11, usage.InputTokenCount);
        Assert.Equal(3, usage.OutputTokenCount);

        var request = Assert.Single(server.Requests);
        Assert.True(request.IsStreaming);
        Assert.True(request.IncludeUsage); // The OpenAI SDK asks stream_options.include_usage itself.
    }

    [Fact]
    public async Task Azure_Completion_HitsDeploymentsRouteWithApiKey()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedResponse.Completion("From Azure."));
        var azure = new AzureOpenAIChatCompletionService(
            "my-deployment", server.AzureEndpoint.ToString(), "azure-key", httpClient: new HttpClient());

        var reply = await azure.GetChatMessageContentAsync(History());

        Assert.Equal("From Azure.", reply.Content);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/openai/deployments/my-deployment/chat/completions", request.Path);
        Assert.Equal("my-deployment", request.Deployment);
        Assert.StartsWith("?api-version=", request.Query, StringComparison.Ordinal);
        Assert.Equal("azure-key", request.Headers["API-KEY"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        Assert.Equal("my-deployment", request.Model);
    }

    [Theory]
    [InlineData(500, null)]
    [InlineData(429, "1")]
    public async Task ErrorStatus_SurfacesAsHttpOperationException_AfterOneRequest(int status, string? retryAfter)
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedResponse.Status(status, retryAfter), ScriptedResponse.Completion("should stay queued"));

        var error = await Assert.ThrowsAsync<HttpOperationException>(
            () => OpenAI(server).GetChatMessageContentAsync(History()));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.IsType<ClientResultException>(error.InnerException);
        // With a caller-supplied HttpClient, SK turns the SDK's retries off: one request per call.
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ErrorStatus_WhileStreaming_SurfacesAsUnwrappedClientResultException()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedResponse.Status(500));

        var error = await Assert.ThrowsAsync<ClientResultException>(
            () => DrainAsync(OpenAI(server).GetStreamingChatMessageContentsAsync(History())));

        Assert.Equal(500, error.Status);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task MalformedBody_SurfacesAsJsonException()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedResponse.Raw("{not json"));

        await Assert.ThrowsAnyAsync<JsonException>(() => OpenAI(server).GetChatMessageContentAsync(History()));
    }

    [Fact]
    public async Task EmptyQueue_ServesDefaultError()
    {
        await using var server = await FakeOpenAIServer.StartAsync();

        var error = await Assert.ThrowsAsync<HttpOperationException>(
            () => OpenAI(server).GetChatMessageContentAsync(History()));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Contains("no scripted response", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamThenDrop_DeliversChunksThenFailsWithIOException()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedResponse.StreamThenDrop(["par", "tial"]));
        var texts = new List<string?>();

        var error = await Assert.ThrowsAnyAsync<IOException>(async () =>
        {
            await foreach (var update in OpenAI(server).GetStreamingChatMessageContentsAsync(History()))
            {
                texts.Add(update.Content);
            }
        });

        Assert.Equal(["par", "tial"], texts);
        Assert.IsType<HttpIOException>(error); // "The response ended prematurely. (ResponseEnded)"
    }

    [Fact]
    public async Task Delayed_WhenCallerCancelsFirst_ThrowsOperationCanceled_AndServerKeepsServing()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(
            ScriptedResponse.Delayed(TimeSpan.FromSeconds(30), ScriptedResponse.Completion("too late")),
            ScriptedResponse.Completion("still alive"));
        var service = OpenAI(server);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => service.GetChatMessageContentAsync(History(), cancellationToken: cts.Token));

        var reply = await service.GetChatMessageContentAsync(History());
        Assert.Equal("still alive", reply.Content);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Delayed_BeyondHttpClientTimeout_ThrowsTaskCanceledWithTimeoutInner()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedResponse.Delayed(TimeSpan.FromSeconds(30), ScriptedResponse.Completion("too late")));
        var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(200) };
        var service = new OpenAIChatCompletionService("test-model", server.OpenAIEndpoint, "sk-test", httpClient: http);

        var error = await Assert.ThrowsAsync<TaskCanceledException>(() => service.GetChatMessageContentAsync(History()));

        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task Wire_Completion_HasTheOfficialShape()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedResponse.Completion("Hi", promptTokens: 5, completionTokens: 2, finishReason: "length"));
        using var http = new HttpClient();

        using var response = await http.PostAsync(new Uri(server.OpenAIEndpoint, "chat/completions"), Json(stream: false));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("chatcmpl-", (string)body["id"]!, StringComparison.Ordinal);
        Assert.Equal("chat.completion", (string)body["object"]!);
        Assert.True((long)body["created"]! > 0);
        var choice = body["choices"]![0]!;
        Assert.Equal(0, (int)choice["index"]!);
        Assert.Equal("assistant", (string)choice["message"]!["role"]!);
        Assert.Equal("Hi", (string)choice["message"]!["content"]!);
        Assert.Null(choice["message"]!["refusal"]);
        Assert.Equal("length", (string)choice["finish_reason"]!);
        Assert.Equal(7, (int)body["usage"]!["total_tokens"]!);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Wire_Stream_SendsChunksFinishOptionalUsageThenDone(bool includeUsage)
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedResponse.Stream(["a", "b"], promptTokens: 5, completionTokens: 2));
        using var http = new HttpClient();

        using var response = await http.PostAsync(
            new Uri(server.AzureEndpoint, "chat/completions"), Json(stream: true, includeUsage));
        var events = (await response.Content.ReadAsStringAsync())
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.StartsWith("data: ", StringComparison.Ordinal) ? e["data: ".Length..] : throw new FormatException(e))
            .ToList();

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("[DONE]", events[^1]);
        var chunks = events.SkipLast(1).Select(e => JsonNode.Parse(e)!).ToList();
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", (string)c["object"]!));
        Assert.Equal("assistant", (string)chunks[0]["choices"]![0]!["delta"]!["role"]!);
        Assert.Equal("a", (string)chunks[0]["choices"]![0]!["delta"]!["content"]!);
        Assert.Equal("b", (string)chunks[1]["choices"]![0]!["delta"]!["content"]!);
        Assert.Equal("stop", (string)chunks[2]["choices"]![0]!["finish_reason"]!);
        Assert.Empty(chunks[2]["choices"]![0]!["delta"]!.AsObject());
        Assert.Equal(includeUsage ? 4 : 3, chunks.Count);
        if (includeUsage)
        {
            Assert.Empty(chunks[3]["choices"]!.AsArray());
            Assert.Equal(7, (int)chunks[3]["usage"]!["total_tokens"]!);
        }
    }

    [Fact]
    public async Task Wire_UnknownRoute_Is404AndLeavesTheQueue_AndArrayContentIsJoined()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedResponse.Completion("kept"));
        using var http = new HttpClient();
        const string Body = """
            {"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"one "},{"type":"image_url","image_url":{"url":"x"}},{"type":"text","text":"two"}]}]}
            """;

        using var missing = await http.PostAsync(new Uri(server.AzureEndpoint, "v1/embeddings"), Utf8Json(Body));
        using var found = await http.PostAsync(new Uri(server.OpenAIEndpoint, "chat/completions"), Utf8Json(Body));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("invalid_request_error", (string)JsonNode.Parse(await missing.Content.ReadAsStringAsync())!["error"]!["type"]!);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal([("user", "one two")], server.Requests[1].Messages);
    }

    private static OpenAIChatCompletionService OpenAI(FakeOpenAIServer server) =>
        new("test-model", server.OpenAIEndpoint, "sk-test", httpClient: new HttpClient());

    private static ChatHistory History()
    {
        var history = new ChatHistory("Be brief.");
        history.AddUserMessage("What happened?");
        return history;
    }

    private static async Task DrainAsync<T>(IAsyncEnumerable<T> source)
    {
        await foreach (var unused in source)
        {
        }
    }

    private static StringContent Json(bool stream, bool includeUsage = false) => Utf8Json(
        new JsonObject
        {
            ["model"] = "test-model",
            ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = "hi" }),
            ["stream"] = stream,
            ["stream_options"] = includeUsage ? new JsonObject { ["include_usage"] = true } : null,
        }.ToJsonString());

    private static StringContent Utf8Json(string body) => new(body, Encoding.UTF8, "application/json");
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Host.Tests;

public sealed class HttpTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.WithWebHostBuilder(b => b.UseSetting("Corpus:Path", Path.Combine(CliProcess.RepositoryRoot, "corpus"))).CreateClient();

    [Fact]
    public async Task Healthz_CorpusLoaded_ReturnsOkWithVersion()
    {
        var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("articles").GetInt32());
    }

    [Theory]
    [InlineData("/slack/event")]
    [InlineData("/slack/command")]
    [InlineData("/slack/action")]
    [InlineData("/discord/interactions")]
    public async Task PlatformRoute_PlatformNotConfigured_Returns503AndProcessesNothing(string route)
    {
        var response = await _client.PostAsync(route, new StringContent("{\"type\":1}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_Always_ReportsTheEngineAndTheCache()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/healthz"));

        Assert.Equal("extractive", json.RootElement.GetProperty("engine").GetString());
        Assert.True(json.RootElement.GetProperty("cache").GetProperty("hits").GetInt64() >= 0);
    }

    [Fact]
    public async Task ApiAsk_Question_ReturnsTheCliJsonContract()
    {
        var response = await _client.PostAsJsonAsync("/api/ask", new { question = "who denied it was premeditated?" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Waltz", json.RootElement.GetProperty("answer").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("citations").EnumerateArray());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"question\":\"   \"}")]
    [InlineData("not json")]
    public async Task ApiAsk_EmptyOrMalformed_Returns400(string body)
    {
        var response = await _client.PostAsync("/api/ask", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ApiCommand_Unknown_Returns404()
    {
        var response = await _client.PostAsJsonAsync("/api/weather", new { argument = "x" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ApiCommand_Timeline_ReturnsItems()
    {
        var response = await _client.PostAsJsonAsync("/api/timeline", new { });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(json.RootElement.GetProperty("items").EnumerateArray());
    }
}

using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Bot.Engine;
using Bot.Engine.Feedback;
using Bot.Slack.Protocol;
using Bot.Slack.Tests.FakeSlack;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Slack.Tests;

/// <summary>The real host (WebApplicationFactory) with Slack configured against a loopback Web API stand-in.</summary>
public sealed class SlackHost : IAsyncDisposable
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string BotToken = "xoxb-test-token";

    private readonly WebApplicationFactory<Program> _factory;

    private SlackHost(FakeSlackApi api, WebApplicationFactory<Program> factory)
    {
        Api = api;
        _factory = factory;
        Client = factory.CreateClient();
    }

    public FakeSlackApi Api { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public IFeedbackStore Feedback => Services.GetRequiredService<IFeedbackStore>();

    public static async Task<SlackHost> StartAsync(TimeSpan? answerDelay = null, Dictionary<string, string?>? settings = null, Func<IStoryBot, IStoryBot>? wrapBot = null, Action<FakeSlackApi>? beforeStart = null)
    {
        var api = await FakeSlackApi.StartAsync();
        beforeStart?.Invoke(api);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Corpus:Path", Path.Combine(RepositoryRoot, "corpus"));
            builder.UseSetting("Corpus:Watch", "false");
            builder.UseSetting("Ai:Provider", "Extractive");
            builder.UseSetting("Slack:SigningSecret", Secret);
            builder.UseSetting("Slack:BotToken", BotToken);
            builder.UseSetting("Slack:ApiBaseUrl", new Uri(api.BaseUrl, "api/").ToString());
            foreach (var (key, value) in settings ?? [])
            {
                builder.UseSetting(key, value);
            }

            if (answerDelay is { } delay)
            {
                wrapBot = inner => new SlowStoryBot(inner, delay);
            }

            if (wrapBot is not null)
            {
                builder.ConfigureTestServices(services => services.AddSingleton<IStoryBot>(sp => wrapBot(ActivatorUtilities.CreateInstance<StoryBot>(sp))));
            }
        });
        _ = factory.Server; // start the host (and auth.test)
        await api.WaitForAsync("auth.test");
        return new SlackHost(api, factory);
    }

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>A request signed as Slack signs it, over exactly these bytes.</summary>
    public static HttpRequestMessage Signed(string path, string body, string contentType, long? timestamp = null, string secret = Secret)
    {
        var ts = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, ts);
        request.Headers.Add(SlackSignatureVerifier.SignatureHeader, new SlackSignatureVerifier(secret, TimeProvider.System).SignatureFor(ts, bytes));
        return request;
    }

    public Task<HttpResponseMessage> SendEventAsync(string json) => Client.SendAsync(Signed("/slack/event", json, "application/json"));

    public Task<HttpResponseMessage> SendCommandAsync(string form) => Client.SendAsync(Signed("/slack/command", form, "application/x-www-form-urlencoded"));

    public Task<HttpResponseMessage> SendActionAsync(string payloadJson) =>
        Client.SendAsync(Signed("/slack/action", "payload=" + Uri.EscapeDataString(payloadJson), "application/x-www-form-urlencoded"));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Api.DisposeAsync();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Bot.sln not found");
    }
}

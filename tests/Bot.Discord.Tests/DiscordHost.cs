using System.Globalization;
using System.Text;
using Bot.Discord.Tests.FakeDiscord;
using Bot.Engine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;

namespace Bot.Discord.Tests;

/// <summary>The real host with Discord configured: a test Ed25519 key pair signs interactions; REST goes to a loopback stand-in.</summary>
public sealed class DiscordHost : IAsyncDisposable
{
    public const string ApplicationId = "111222333444555666";

    private static readonly Key SigningKey = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
    private static readonly Key OtherKey = Key.Create(SignatureAlgorithm.Ed25519);

    private readonly WebApplicationFactory<Program> _factory;

    private DiscordHost(FakeDiscordApi api, WebApplicationFactory<Program> factory)
    {
        Api = api;
        _factory = factory;
        Client = factory.CreateClient();
    }

    public static string PublicKeyHex => Convert.ToHexStringLower(SigningKey.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public FakeDiscordApi Api { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public static async Task<DiscordHost> StartAsync(Func<IStoryBot, IStoryBot>? wrapBot = null, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var api = await FakeDiscordApi.StartAsync();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Corpus:Path", Path.Combine(RepositoryRoot, "corpus"));
            builder.UseSetting("Corpus:Watch", "false");
            builder.UseSetting("Discord:PublicKey", PublicKeyHex);
            builder.UseSetting("Discord:ApplicationId", ApplicationId);
            builder.UseSetting("Discord:ApiBaseUrl", api.BaseUrl.ToString());
            foreach (var (key, value) in settings ?? [])
            {
                builder.UseSetting(key, value);
            }

            if (configure is not null)
            {
                builder.ConfigureTestServices(configure);
            }

            if (wrapBot is not null)
            {
                builder.ConfigureTestServices(services => services.AddSingleton<IStoryBot>(sp => wrapBot(ActivatorUtilities.CreateInstance<StoryBot>(sp))));
            }
        });
        return new DiscordHost(api, factory);
    }

    public static HttpRequestMessage Signed(string body, long? timestamp = null, bool otherKey = false)
    {
        var ts = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(body);
        var signature = SignatureAlgorithm.Ed25519.Sign(otherKey ? OtherKey : SigningKey, [.. Encoding.UTF8.GetBytes(ts), .. bytes]);
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
        request.Headers.Add("X-Signature-Timestamp", ts);
        return request;
    }

    public Task<HttpResponseMessage> SendAsync(string body) => Client.SendAsync(Signed(body));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Api.DisposeAsync();
    }

    public static string RepositoryRoot { get; } = FindRoot();

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

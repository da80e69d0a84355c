namespace Bot.Engine;

/// <summary>
/// The HttpClient one component (<typeparamref name="TOwner"/>) talks to its service with, disposed with the
/// container. Not from IHttpClientFactory on purpose: its request logging would write URLs that carry tokens
/// (Slack response_urls, Discord interaction webhooks).
/// </summary>
public sealed class OwnedHttpClient<TOwner>(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public void Dispose() => Client.Dispose();
}

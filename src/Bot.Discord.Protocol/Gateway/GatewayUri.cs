namespace Bot.Discord.Protocol.Gateway;

/// <summary>Builds the URL actually opened: the given gateway (or resume) URL with <c>?v=10&amp;encoding=json</c>.</summary>
internal static class GatewayUri
{
    public const string Query = "v=10&encoding=json";

    public static Uri ForConnection(Uri gatewayUrl)
    {
        var builder = new UriBuilder(gatewayUrl) { Query = Query };
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }
}

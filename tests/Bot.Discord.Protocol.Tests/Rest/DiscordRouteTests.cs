using Bot.Discord.Protocol.Rest;

namespace Bot.Discord.Protocol.Tests.Rest;

public sealed class DiscordRouteTests
{
    [Theory]
    [InlineData("POST", "channels/123/messages", "POST channels/{id}/messages", "channels/123")]
    [InlineData("PATCH", "channels/123/messages/456", "PATCH channels/{id}/messages/{id}", "channels/123")]
    [InlineData("PUT", "channels/1/messages/2/reactions/%F0%9F%91%8D/@me", "PUT channels/{id}/messages/{id}/reactions/{emoji}/@me", "channels/1")]
    [InlineData("GET", "guilds/7/channels", "GET guilds/{id}/channels", "guilds/7")]
    [InlineData("PUT", "applications/42/guilds/7/commands", "PUT applications/{id}/guilds/{id}/commands", "")]
    [InlineData("GET", "webhooks/5", "GET webhooks/{id}", "webhooks/5")]
    [InlineData("PATCH", "webhooks/42/tok/messages/@original", "PATCH webhooks/{id}/{token}/messages/@original", "webhooks/42/tok")]
    [InlineData("POST", "interactions/9/tok/callback", "POST interactions/{id}/{token}/callback", "interactions/9")]
    [InlineData("GET", "gateway/bot", "GET gateway/bot", "")]
    public void Route_Parse_SeparatesTheShapeFromTheTopLevelResource(string method, string route, string routeKey, string resource)
    {
        var parsed = DiscordRoute.Parse(new HttpMethod(method), route);

        Assert.Equal(routeKey, parsed.RouteKey);
        Assert.Equal(resource, parsed.Resource);
    }

    [Theory]
    [InlineData("webhooks/42/tok/messages/@original", true)]
    [InlineData("webhooks/42/tok", true)]
    [InlineData("interactions/9/tok/callback", true)]
    [InlineData("webhooks/42", false)]
    [InlineData("channels/1/messages", false)]
    [InlineData("applications/42/commands", false)]
    public void Route_Parse_KnowsWhichRoutesCarryTheirOwnToken(string route, bool usesToken)
    {
        var parsed = DiscordRoute.Parse(HttpMethod.Post, route);

        Assert.Equal(usesToken, parsed.UsesToken);
        Assert.Equal(usesToken, parsed.ExemptFromGlobalLimit);
    }

    [Fact]
    public void TokenRoute_Parse_RedactsTheTokenButKeepsTheQueryForTheRequest()
    {
        var parsed = DiscordRoute.Parse(HttpMethod.Post, "/webhooks/42/s3cret?wait=true");

        Assert.Equal("POST webhooks/42/{token}", parsed.Redacted);
        Assert.Equal("webhooks/42/s3cret?wait=true", parsed.RelativeUri);
        Assert.Equal("webhooks/42/s3cret", parsed.Resource);
    }
}

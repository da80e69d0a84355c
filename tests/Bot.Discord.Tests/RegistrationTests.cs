using Bot.Discord.Commands;
using Bot.Discord.Protocol.Rest;
using Bot.Discord.Tests.FakeDiscord;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Discord.Tests;

public sealed class RegistrationTests
{
    [Theory]
    [InlineData(null, "applications/111222333444555666/commands")]
    [InlineData("42", "applications/111222333444555666/guilds/42/commands")]
    public async Task Register_Commands_SendsOneBulkPutOfTheWholeSet(string? guild, string route)
    {
        await using var api = await FakeDiscordApi.StartAsync();
        using var http = new HttpClient();
        var rest = new DiscordRestClient(http, new DiscordRestOptions { BaseUrl = api.BaseUrl, BotToken = "t" }, TimeProvider.System, NullLogger<DiscordRestClient>.Instance);

        await DiscordCommandRegistrar.RegisterAsync(rest, DiscordHost.ApplicationId, guild, default);
        await DiscordCommandRegistrar.RegisterAsync(rest, DiscordHost.ApplicationId, guild, default);

        Assert.Equal(2, api.Calls.Count);
        Assert.All(api.Calls, c =>
        {
            Assert.Equal("PUT", c.Method);
            Assert.Equal(route, c.Route);
            Assert.Equal("Bot t", c.Authorization);
            Assert.Equal(6, c.Json!.AsArray().Count);
        });
        Assert.Equal(api.Calls[0].Body, api.Calls[1].Body);
    }
}

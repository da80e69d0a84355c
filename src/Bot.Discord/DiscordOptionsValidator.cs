using Microsoft.Extensions.Options;

namespace Bot.Discord;

/// <summary>Checks the Discord settings at start-up, naming the key at fault and never echoing the token.</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        if (options.PublicKey.Length > 0 && (options.PublicKey.Length != 64 || !options.PublicKey.All(Uri.IsHexDigit)))
        {
            failures.Add("Discord__PublicKey must be the application's public key: 64 hex characters (Developer Portal → General Information).");
        }

        if ((options.PublicKey.Length > 0 || options.BotToken.Length > 0) && !ulong.TryParse(options.ApplicationId, out _))
        {
            failures.Add("Discord__ApplicationId is required (a numeric id) when Discord__PublicKey or Discord__BotToken is set.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
        {
            failures.Add($"Discord__ApiBaseUrl must be an absolute http(s) URL (got '{options.ApiBaseUrl}').");
        }

        if (!Uri.TryCreate(options.GatewayUrl, UriKind.Absolute, out var gateway) || gateway.Scheme is not ("ws" or "wss"))
        {
            failures.Add($"Discord__GatewayUrl must be an absolute ws(s) URL (got '{options.GatewayUrl}').");
        }

        if (options.ShardCount < 1 || options.ShardId < 0 || options.ShardId >= options.ShardCount)
        {
            failures.Add($"Discord__ShardId must be between 0 and Discord__ShardCount - 1 (got {options.ShardId} of {options.ShardCount}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

using Microsoft.Extensions.Options;

namespace Bot.Slack;

/// <summary>Checks the Slack settings at start-up, naming the key at fault and never echoing a secret.</summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var failures = new List<string>();
        if (options.BotToken.Length > 0 && !options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            failures.Add("Slack__BotToken must be a bot token starting with xoxb-.");
        }

        if (options.AppToken.Length > 0 && !options.AppToken.StartsWith("xapp-", StringComparison.Ordinal))
        {
            failures.Add("Slack__AppToken must be an app-level token starting with xapp- (with the connections:write scope).");
        }

        if ((options.AppToken.Length > 0 || options.SigningSecret.Length > 0) && options.BotToken.Length == 0)
        {
            failures.Add("Slack__BotToken is required when Slack__SigningSecret or Slack__AppToken is set: the bot posts its answers with it.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
        {
            failures.Add($"Slack__ApiBaseUrl must be an absolute http(s) URL (got '{options.ApiBaseUrl}').");
        }

        if (options.CommandResponseType is not (SlackOptions.Ephemeral or SlackOptions.InChannel))
        {
            failures.Add($"Slack__CommandResponseType must be {SlackOptions.Ephemeral} or {SlackOptions.InChannel} (got '{options.CommandResponseType}').");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

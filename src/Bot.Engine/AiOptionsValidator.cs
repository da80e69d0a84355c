using Microsoft.Extensions.Options;

namespace Bot.Engine;

/// <summary>Checks the AI settings at start-up and says exactly what is wrong.</summary>
public sealed class AiOptionsValidator : IValidateOptions<AiOptions>
{
    private static readonly string[] s_providers = [AiOptions.Extractive, AiOptions.OpenAI, AiOptions.AzureOpenAI];

    public ValidateOptionsResult Validate(string? name, AiOptions options)
    {
        var failures = new List<string>();
        if (!s_providers.Contains(options.Provider, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"Ai__Provider must be one of {string.Join(", ", s_providers)} (got '{options.Provider}').");
        }
        else if (!options.Provider.Equals(AiOptions.Extractive, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"Ai__Provider={options.Provider} is not available in this build yet; the LLM path is tracked separately. Use {AiOptions.Extractive} (the default).");
        }

        if (options.TimeoutSeconds is < 1 or > 600)
        {
            failures.Add($"Ai__TimeoutSeconds must be between 1 and 600 (got {options.TimeoutSeconds}).");
        }

        if (!string.IsNullOrEmpty(options.Endpoint) && !Uri.TryCreate(options.Endpoint, UriKind.Absolute, out _))
        {
            failures.Add($"Ai__Endpoint must be an absolute URL (got '{options.Endpoint}').");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

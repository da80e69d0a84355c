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
        else if (options.Provider.Equals(AiOptions.OpenAI, StringComparison.OrdinalIgnoreCase))
        {
            Require(failures, options.Model, "Ai__Model", "the model id, e.g. gpt-4o-mini (or llama3.1 on Ollama)");
            if (string.IsNullOrWhiteSpace(options.Endpoint) && string.IsNullOrWhiteSpace(options.ApiKey))
            {
                failures.Add("Ai__ApiKey is required for OpenAI (or set Ai__Endpoint to an OpenAI-compatible server that needs no key).");
            }
        }
        else if (options.Provider.Equals(AiOptions.AzureOpenAI, StringComparison.OrdinalIgnoreCase))
        {
            Require(failures, options.Endpoint, "Ai__Endpoint", "the Azure OpenAI resource URL, e.g. https://my-resource.openai.azure.com/");
            Require(failures, options.ApiKey, "Ai__ApiKey", "the Azure OpenAI key");
            Require(failures, options.Model, "Ai__Model", "the deployment name");
        }

        if (!string.IsNullOrEmpty(options.Endpoint) && !(Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            failures.Add($"Ai__Endpoint must be an absolute http(s) URL (got '{options.Endpoint}').");
        }

        Range(failures, options.TimeoutSeconds, 1, 600, "Ai__TimeoutSeconds");
        Range(failures, options.MaxRetries, 0, 10, "Ai__MaxRetries");
        Range(failures, options.ContextTokens, 200, 100_000, "Ai__ContextTokens");
        Range(failures, options.MaxOutputTokens, 50, 8_000, "Ai__MaxOutputTokens");
        Range(failures, options.CacheEntries, 0, 1_000_000, "Ai__CacheEntries");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string? value, string key, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{key} is required: {what}.");
        }
    }

    private static void Range(List<string> failures, int value, int min, int max, string key)
    {
        if (value < min || value > max)
        {
            failures.Add($"{key} must be between {min} and {max} (got {value}).");
        }
    }
}

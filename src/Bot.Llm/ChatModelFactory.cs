using Bot.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Bot.Llm;

/// <summary>The one place that knows model vendors: builds Semantic Kernel's chat service for <c>Ai__Provider</c>.</summary>
internal static class ChatModelFactory
{
    public static IChatCompletionService Create(AiOptions options, HttpClient httpClient, ILoggerFactory loggerFactory)
    {
        var model = options.Model!;
        if (options.Provider.Equals(AiOptions.AzureOpenAI, StringComparison.OrdinalIgnoreCase))
        {
            return new AzureOpenAIChatCompletionService(model, options.Endpoint!, options.ApiKey!, httpClient: httpClient, loggerFactory: loggerFactory);
        }

        var apiKey = string.IsNullOrWhiteSpace(options.ApiKey) ? null : options.ApiKey;
        return string.IsNullOrWhiteSpace(options.Endpoint)
            ? new OpenAIChatCompletionService(model, apiKey!, httpClient: httpClient, loggerFactory: loggerFactory)
            : new OpenAIChatCompletionService(model, new Uri(options.Endpoint), apiKey, httpClient: httpClient, loggerFactory: loggerFactory);
    }
}

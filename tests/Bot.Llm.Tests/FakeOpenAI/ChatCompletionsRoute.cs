namespace Bot.Llm.Tests.FakeOpenAI;

/// <summary>The request paths the stand-in answers as chat completions.</summary>
internal static class ChatCompletionsRoute
{
    private const string Suffix = "/chat/completions";
    private const string AzurePrefix = "/openai/deployments/";

    public static bool Matches(string path) =>
        path.Equals("/v1" + Suffix, StringComparison.OrdinalIgnoreCase)
        || path.Equals(Suffix, StringComparison.OrdinalIgnoreCase)
        || DeploymentOf(path) is not null;

    /// <summary>The deployment segment of <c>/openai/deployments/{deployment}/chat/completions</c>, else null.</summary>
    public static string? DeploymentOf(string path)
    {
        if (!path.StartsWith(AzurePrefix, StringComparison.OrdinalIgnoreCase)
            || !path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var length = path.Length - AzurePrefix.Length - Suffix.Length;
        if (length <= 0)
        {
            return null;
        }

        var deployment = path.Substring(AzurePrefix.Length, length);
        return deployment.Contains('/', StringComparison.Ordinal) ? null : Uri.UnescapeDataString(deployment);
    }
}

namespace Bot.Engine;

/// <summary>
/// Which engine writes answers (<c>Ai__Provider</c>): <c>Extractive</c> (embedded, offline, the default),
/// or an LLM through Semantic Kernel connectors (<c>OpenAI</c>, <c>AzureOpenAI</c>).
/// </summary>
public sealed class AiOptions
{
    public const string Section = "Ai";
    public const string Extractive = "Extractive";
    public const string OpenAI = "OpenAI";
    public const string AzureOpenAI = "AzureOpenAI";

    public string Provider { get; set; } = Extractive;

    public string? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    public string? Model { get; set; }

    public int TimeoutSeconds { get; set; } = 30;

    public override string ToString() => $"Provider={Provider}, Model={Model}, Endpoint={Endpoint}, ApiKey={(string.IsNullOrEmpty(ApiKey) ? "(none)" : "***")}";
}

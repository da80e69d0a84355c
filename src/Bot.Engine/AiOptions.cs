namespace Bot.Engine;

/// <summary>
/// Which engine writes answers (<c>Ai__Provider</c>): <c>Extractive</c> (embedded, offline, the default), or a
/// language model through Semantic Kernel connectors (<c>OpenAI</c>, including any OpenAI-compatible server named
/// by <c>Ai__Endpoint</c>; <c>AzureOpenAI</c>).
/// </summary>
public sealed class AiOptions
{
    public const string Section = "Ai";
    public const string Extractive = "Extractive";
    public const string OpenAI = "OpenAI";
    public const string AzureOpenAI = "AzureOpenAI";

    public string Provider { get; set; } = Extractive;

    /// <summary>OpenAI: optional base URL of an OpenAI-compatible server (Ollama, LM Studio, vLLM, llama.cpp). Azure: the resource URL.</summary>
    public string? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>The model id (OpenAI) or deployment name (Azure OpenAI).</summary>
    public string? Model { get; set; }

    /// <summary>How long one answer may take the model, retries included, before the embedded engine answers instead.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Retries of a failed model call (429, 5xx, network), waiting as <c>Retry-After</c> says or backing off.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Tokens of article passages sent with a question (counted with the o200k tokenizer).</summary>
    public int ContextTokens { get; set; } = 1_500;

    /// <summary>Cap on the tokens the model may write per answer.</summary>
    public int MaxOutputTokens { get; set; } = 500;

    /// <summary>A folder of Semantic Kernel prompt directories; empty means the <c>prompts</c> folder shipped beside the binaries.</summary>
    public string? PromptsPath { get; set; }

    /// <summary>How many replies the answer cache keeps (0 turns it off).</summary>
    public int CacheEntries { get; set; } = 1_000;

    public bool UsesModel => !Provider.Equals(Extractive, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"Provider={Provider}, Model={Model}, Endpoint={Endpoint}, ApiKey={(string.IsNullOrEmpty(ApiKey) ? "(none)" : "***")}";
}

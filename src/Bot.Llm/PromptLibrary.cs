using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Bot.Engine;

namespace Bot.Llm;

/// <summary>
/// The Semantic Kernel prompt directories of <c>prompts/</c> (<c>skprompt.txt</c> + <c>config.json</c> each), loaded
/// once with <c>CreatePluginFromPromptDirectory</c>. Start-up fails with a clear message when one is missing.
/// </summary>
public sealed class PromptLibrary
{
    public const string PluginName = "prompts";
    public const string Answer = "answer";
    public const string Condense = "condense";
    public const string Brief = "brief";
    public const string Who = "who";
    public const string Why = "why";

    /// <summary>What the prompts ask the model to reply when the passages don't answer; checked in code afterwards.</summary>
    public const string NotFoundToken = "NOT_IN_ARTICLES";

    private static readonly string[] s_required = [Answer, Condense, Brief, Who, Why];

    public PromptLibrary(IOptions<AiOptions> options)
    {
        Directory = ResolveDirectory(options.Value.PromptsPath);
        var missing = s_required.Where(name => !File.Exists(Path.Combine(Directory, name, "skprompt.txt"))).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidOperationException(
                $"Prompt directories missing under {Directory}: {string.Join(", ", missing)} (each needs skprompt.txt and config.json). Set Ai__PromptsPath to the prompts folder.");
        }

        Plugin = new Kernel().CreatePluginFromPromptDirectory(Directory, PluginName);
    }

    public string Directory { get; }

    public KernelPlugin Plugin { get; }

    public KernelFunction this[string name] => Plugin[name];

    private static string ResolveDirectory(string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? Path.Combine(AppContext.BaseDirectory, "prompts") : Path.GetFullPath(configured);
}

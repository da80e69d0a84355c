using System.Text.Json;
using Bot.Engine;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Bot.Llm.Tests;

public sealed class PromptFileTests
{
    private static readonly string[] Names = [PromptLibrary.Answer, PromptLibrary.Condense, PromptLibrary.Brief, PromptLibrary.Who, PromptLibrary.Why];

    public static TheoryData<string> PromptNames => [.. Names];

    [Fact]
    public void PromptsFolder_Load_GivesOneKernelFunctionPerDirectory()
    {
        var library = Library();

        Assert.Equal(Names.Order(), library.Plugin.Select(f => f.Name).Order());
    }

    [Theory]
    [MemberData(nameof(PromptNames))]
    public async Task PromptTemplate_RenderWithTheKernel_PutsUserAndArticleTextOnlyWhereItsVariablesAre(string name)
    {
        var template = File.ReadAllText(Path.Combine(RepositoryPaths.Prompts, name, "skprompt.txt"));
        var config = PromptTemplateConfig.FromJson(File.ReadAllText(Path.Combine(RepositoryPaths.Prompts, name, "config.json")));
        config.Template = template;
        var arguments = new KernelArguments();
        foreach (var variable in config.InputVariables)
        {
            arguments[variable.Name] = $"<<{variable.Name.ToUpperInvariant()}-VALUE>>";
        }

        var rendered = await new KernelPromptTemplateFactory().Create(config).RenderAsync(new Kernel(), arguments);

        foreach (var variable in config.InputVariables)
        {
            Assert.Contains($"{variable.Name.ToUpperInvariant()}-VALUE", rendered);
            Assert.Contains("{{$" + variable.Name + "}}", template);
        }

        Assert.DoesNotContain("{{", rendered);
        Assert.StartsWith("<message role=\"system\">", rendered.TrimStart());
    }

    [Theory]
    [MemberData(nameof(PromptNames))]
    public void PromptConfig_Declares_TemperatureZeroAndItsVariables(string name)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Prompts, name, "config.json")));

        Assert.Equal(0, config.RootElement.GetProperty("execution_settings").GetProperty("default").GetProperty("temperature").GetInt32());
        Assert.NotEmpty(config.RootElement.GetProperty("input_variables").EnumerateArray());
    }

    [Fact]
    public void PromptsThatCanFindNothing_Text_AskForTheNotFoundToken()
    {
        foreach (var name in new[] { PromptLibrary.Answer, PromptLibrary.Brief, PromptLibrary.Who, PromptLibrary.Why })
        {
            Assert.Contains("{{$not_found}}", File.ReadAllText(Path.Combine(RepositoryPaths.Prompts, name, "skprompt.txt")));
        }
    }

    [Fact]
    public void MissingPromptDirectory_Load_FailsNamingIt()
    {
        var folder = Directory.CreateTempSubdirectory("bot-prompts-");
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => Library(folder.FullName));

            Assert.Contains("answer", error.Message);
            Assert.Contains("Ai__PromptsPath", error.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void ShippedBinaries_Load_FindThePromptsBesideThem()
    {
        var library = new PromptLibrary(Options.Create(new AiOptions()));

        Assert.True(File.Exists(Path.Combine(library.Directory, PromptLibrary.Answer, "skprompt.txt")), library.Directory);
    }

    private static PromptLibrary Library(string? path = null) =>
        new(Options.Create(new AiOptions { PromptsPath = path ?? RepositoryPaths.Prompts }));
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Bot.Llm;

/// <summary>
/// The kernel the prompt functions run on: just the configured chat service. It is separate from the bot's main
/// kernel, whose answering plugin calls into the model answerer (sharing one would make a dependency cycle).
/// </summary>
public sealed class ModelKernel(IChatCompletionService chat, ILoggerFactory loggerFactory)
{
    public Kernel Kernel { get; } = Build(chat, loggerFactory);

    private static Kernel Build(IChatCompletionService chat, ILoggerFactory loggerFactory)
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(chat);
        builder.Services.AddSingleton(loggerFactory);
        return builder.Build();
    }
}

using Bot.Corpus;
using Bot.Engine.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Bot.Engine;

public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the story bot: validated options, the corpus store and knowledge, and a Semantic Kernel whose
    /// plugins are the corpus search, the story map and the answering step (the embedded engine unless an
    /// LLM answerer replaces <see cref="IAnswerer"/>).
    /// </summary>
    public static IServiceCollection AddStoryBotEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CorpusOptions>().Bind(configuration.GetSection(CorpusOptions.Section));
        services.AddOptions<AiOptions>().Bind(configuration.GetSection(AiOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AiOptions>, AiOptionsValidator>();
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton(sp => CorpusStore.ForDirectory(sp.GetRequiredService<IOptions<CorpusOptions>>().Value.ResolvePath()));
        services.AddSingleton<KnowledgeSource>();
        services.AddSingleton<EmbeddedAnswerer>();
        services.AddSingleton<IAnswerer>(sp => sp.GetRequiredService<EmbeddedAnswerer>());
        services.AddSingleton(sp =>
        {
            var cache = new AnswerCache(sp.GetRequiredService<IOptions<AiOptions>>().Value.CacheEntries);
            sp.GetRequiredService<CorpusStore>().Changed += _ => cache.Clear();
            return cache;
        });

        services.AddSingleton<AnsweringPlugin>();
        services.AddSingleton<CorpusSearchPlugin>();
        services.AddSingleton<StoryMapPlugin>();
        services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<AnsweringPlugin>(), AnsweringPlugin.PluginName));
        services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<CorpusSearchPlugin>(), CorpusSearchPlugin.PluginName));
        services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<StoryMapPlugin>(), StoryMapPlugin.PluginName));
        services.AddKernel();

        services.AddSingleton<IStoryBot, StoryBot>();
        services.AddOptions<Feedback.FeedbackOptions>().Bind(configuration.GetSection(Feedback.FeedbackOptions.Section));
        services.AddSingleton<Feedback.IFeedbackStore, Feedback.JsonLinesFeedbackStore>();
        services.AddSingleton<Feedback.ReplyStore>();
        services.AddSingleton<BackgroundWorkQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundWorkQueue>());
        return services;
    }
}

using Bot.Engine;

namespace Bot.Host.Web;

public static class HealthEndpoints
{
    /// <summary><c>GET /healthz</c>: 200 with the corpus version and size; 503 when no article is loaded.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (KnowledgeSource knowledge, IAnswerer answerer, AnswerCache cache) =>
        {
            var corpus = knowledge.Current.Corpus;
            var body = new
            {
                status = corpus.Articles.Count > 0 ? "ok" : "no-articles",
                corpusVersion = corpus.Version,
                articles = corpus.Articles.Count,
                sentences = corpus.Sentences.Count,
                skippedFiles = corpus.Problems.Count,
                engine = answerer.Name,
                cache = new { entries = cache.Count, hits = cache.Hits, misses = cache.Misses },
            };
            return corpus.Articles.Count > 0 ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}

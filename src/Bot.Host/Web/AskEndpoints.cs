using Bot.Core.Replies;
using Bot.Engine;
using Bot.Host.Cli;

namespace Bot.Host.Web;

public static class AskEndpoints
{
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// <c>POST /api/ask</c> <c>{"question": "..."}</c> and <c>POST /api/{command}</c> <c>{"argument": "..."}</c>:
    /// the same JSON replies as the CLI, for scripts and load tests.
    /// </summary>
    public static IEndpointRouteBuilder MapAskApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/ask", async (AskRequest? request, IStoryBot bot, CancellationToken cancellationToken) =>
        {
            if (request is null || string.IsNullOrWhiteSpace(request.Question))
            {
                return Results.BadRequest(new { error = "Send {\"question\": \"...\"} with a non-empty question." });
            }

            return Results.Json(ReplyJson.ToContract(await bot.AskAsync(request.Question, cancellationToken: cancellationToken)), ReplyJson.Options);
        });

        endpoints.MapPost("/api/{command}", async (string command, CommandRequest? request, IStoryBot bot, CancellationToken cancellationToken) =>
        {
            if (!ReplyCommands.All.Contains(command) || command == ReplyCommands.Ask)
            {
                return Results.NotFound(new { error = $"Unknown command. Commands: {string.Join(", ", ReplyCommands.All)}." });
            }

            var reply = await bot.RunAsync(command, request?.Argument, cancellationToken: cancellationToken);
            return Results.Json(ReplyJson.ToContract(reply), ReplyJson.Options);
        });
        return endpoints;
    }
}

public sealed record AskRequest(string? Question);

public sealed record CommandRequest(string? Argument);

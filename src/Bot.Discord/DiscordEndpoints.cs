using System.Text.Json;
using Bot.Discord.Interactions;
using Bot.Discord.Protocol.Interactions;
using Bot.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Discord;

public static class DiscordEndpoints
{
    /// <summary>
    /// <c>POST /discord/interactions</c>: the Ed25519 signature over timestamp + raw body is checked before anything
    /// else (401 when it fails, as Discord's probes expect); then PING, commands, autocomplete and buttons.
    /// </summary>
    public static IEndpointRouteBuilder MapDiscord(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/discord/interactions", async (HttpRequest request, IServiceProvider services, ILogger<DiscordInteractions> logger) =>
        {
            byte[]? body;
            try
            {
                body = await RawRequestBody.ReadAsync(request);
            }
            catch (EndOfStreamException)
            {
                return Results.BadRequest();
            }

            if (body is null)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            var verifier = services.GetService<InteractionSignatureVerifier>();
            if (verifier is null)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable); // Discord__PublicKey not set
            }

            if (!verifier.Verify(request.Headers[InteractionSignatureVerifier.TimestampHeader], request.Headers[InteractionSignatureVerifier.SignatureHeader], body))
            {
                logger.LogWarning("Refused a Discord interaction: bad or missing signature");
                return Results.Unauthorized();
            }

            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(body);
            }
            catch (JsonException)
            {
                return Results.BadRequest(new { error = "The body is not JSON." });
            }

            using (json)
            {
                var interaction = Interaction.Parse(json.RootElement);
                if (interaction is null)
                {
                    return Results.BadRequest(new { error = "Not an interaction." });
                }

                var response = await services.GetRequiredService<DiscordInteractions>().RespondAsync(interaction);
                return Results.Text(response.ToJsonString(), "application/json");
            }
        });
        return endpoints;
    }
}

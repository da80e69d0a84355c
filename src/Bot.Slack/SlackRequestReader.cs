using Bot.Engine;
using Bot.Slack.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Bot.Slack;

/// <summary>
/// Reads a Slack request's raw body and checks its signature before anything else looks at it. Bodies over
/// <see cref="RawRequestBody.MaxBytes"/> are refused unread; form bodies are parsed from the exact bytes that were signed.
/// </summary>
public sealed class SlackRequestReader(IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackRequestReader> logger)
{
    private readonly SlackSignatureVerifier? _verifier = options.Value.HttpEnabled ? new SlackSignatureVerifier(options.Value.SigningSecret, time) : null;

    public async Task<SignedBody> ReadAsync(HttpRequest request)
    {
        byte[]? body;
        try
        {
            body = await RawRequestBody.ReadAsync(request).ConfigureAwait(false);
        }
        catch (EndOfStreamException)
        {
            return SignedBody.Refused(StatusCodes.Status400BadRequest); // shorter than its Content-Length
        }

        if (body is null)
        {
            return SignedBody.Refused(StatusCodes.Status413PayloadTooLarge);
        }

        if (_verifier is null)
        {
            return SignedBody.Refused(StatusCodes.Status503ServiceUnavailable, body);
        }

        var check = _verifier.Verify(request.Headers[SlackSignatureVerifier.TimestampHeader], request.Headers[SlackSignatureVerifier.SignatureHeader], body);
        if (check != SignatureCheck.Valid)
        {
            logger.LogWarning("Refused a Slack request to {Path}: signature {Check}", request.Path, check);
            return SignedBody.Refused(StatusCodes.Status401Unauthorized, body);
        }

        return new SignedBody(true, StatusCodes.Status200OK, body);
    }

    public static Dictionary<string, StringValues> Form(byte[] body) =>
        QueryHelpers.ParseQuery(System.Text.Encoding.UTF8.GetString(body));
}

/// <summary>A request body and whether its signature held; <see cref="Status"/> is the answer when it didn't.</summary>
public sealed record SignedBody(bool IsValid, int Status, byte[] Body)
{
    public static SignedBody Refused(int status, byte[]? body = null) => new(false, status, body ?? []);
}

using Microsoft.AspNetCore.Http;

namespace Bot.Engine;

/// <summary>
/// Reads a request body as the exact bytes that were sent (signatures are computed over them), refusing bodies
/// over a cap without reading them. Null means too large; an exception means the body ended early.
/// </summary>
public static class RawRequestBody
{
    public const int MaxBytes = 1 << 20;

    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes = MaxBytes)
    {
        var aborted = request.HttpContext.RequestAborted;
        if (request.ContentLength is { } length)
        {
            if (length > maxBytes)
            {
                return null;
            }

            var exact = new byte[length];
            await request.Body.ReadExactlyAsync(exact, aborted).ConfigureAwait(false);
            return exact;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, aborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

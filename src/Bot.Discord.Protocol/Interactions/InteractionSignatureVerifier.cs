using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace Bot.Discord.Protocol.Interactions;

/// <summary>
/// Checks Discord's interaction signature: Ed25519 over UTF-8(<c>X-Signature-Timestamp</c>) followed by the raw body,
/// with the application's public key. Malformed input is a failed check, never an exception. Timestamps further
/// than <see cref="MaxSkew"/> from now are refused as replays (Discord documents no window; this is hardening).
/// </summary>
public sealed class InteractionSignatureVerifier
{
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    private readonly PublicKey _key;
    private readonly TimeProvider _time;

    public InteractionSignatureVerifier(string publicKeyHex, TimeProvider time)
    {
        if (publicKeyHex.Length != 64 || !IsHex(publicKeyHex))
        {
            throw new ArgumentException("The Discord public key must be 64 hex characters.", nameof(publicKeyHex));
        }

        _key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);
        _time = time;
    }

    public bool Verify(string? timestamp, string? signatureHex, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || timestamp.Length > 32 || string.IsNullOrEmpty(signatureHex) || signatureHex.Length != 128 || !IsHex(signatureHex))
        {
            return false;
        }

        if (long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && (_time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799))).Duration() > MaxSkew)
        {
            return false;
        }

        var prefix = Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return SignatureAlgorithm.Ed25519.Verify(_key, message, Convert.FromHexString(signatureHex));
    }

    private static bool IsHex(string text) => text.All(Uri.IsHexDigit);
}

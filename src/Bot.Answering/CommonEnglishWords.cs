using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace Bot.Answering;

/// <summary>
/// Everyday English words, so that spelling correction leaves real words alone ("status" is not a typo of
/// "states", nor "concession" of "conclusion"). The list is the lower-case words a GPT-4 tokenizer encodes as one
/// token with a leading space: common words are single tokens, typos and rare names are not. It is read once, on
/// first use, from the tokenizer data package (about 22,000 words of four letters or more, 1.6 MB, 50 ms).
/// </summary>
public static class CommonEnglishWords
{
    private const string DataAssembly = "Microsoft.ML.Tokenizers.Data.Cl100kBase";
    private const string DataResource = "cl100k_base.tiktoken.deflate";
    private const int MinLength = 4;

    private static readonly Lazy<HashSet<string>> s_words = new(Load);

    public static bool Contains(string lower) => lower.Length >= MinLength && s_words.Value.Contains(lower);

    public static int Count => s_words.Value.Count;

    private static HashSet<string> Load()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var stream = OpenData();
        if (stream is null)
        {
            return words; // without the data every word may be corrected, as before
        }

        using var inflated = new DeflateStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(inflated, Encoding.ASCII);
        Span<byte> token = stackalloc byte[256];
        while (reader.ReadLine() is { } line)
        {
            // Each line is one token in base64, optionally followed by its rank; a header line names the capacity.
            var end = line.IndexOf(' ');
            var encoded = end < 0 ? line.AsSpan() : line.AsSpan(0, end);
            if (!Convert.TryFromBase64Chars(encoded, token, out var length) || length <= MinLength || token[0] != (byte)' ')
            {
                continue;
            }

            var letters = token[1..length];
            if (!letters.ContainsAnyExceptInRange((byte)'a', (byte)'z'))
            {
                words.Add(Encoding.ASCII.GetString(letters));
            }
        }

        return words;
    }

    private static Stream? OpenData()
    {
        try
        {
            return Assembly.Load(DataAssembly).GetManifestResourceStream(DataResource);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }
}

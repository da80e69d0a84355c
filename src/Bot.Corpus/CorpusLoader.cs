using System.Security.Cryptography;
using System.Text;
using Bot.Core.Model;

namespace Bot.Corpus;

/// <summary>
/// Loads every <c>.md</c> and <c>.txt</c> article under a folder. Files that cannot be used (empty, binary,
/// broken front matter, duplicate id) are reported by name in <see cref="CorpusSnapshot.Problems"/> and skipped.
/// </summary>
public static class CorpusLoader
{
    private static readonly string[] s_extensions = [".md", ".markdown", ".txt"];
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public const long MaxFileBytes = 5 * 1024 * 1024;

    public static CorpusSnapshot LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return new CorpusSnapshot([], [new CorpusProblem(directory, "the corpus folder does not exist")], "missing");
        }

        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => s_extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        return Load(files.Select(f => (Path.GetRelativePath(directory, f), (Func<byte[]>)(() => ReadBounded(f)))));
    }

    /// <summary>Loads articles from (name, content) pairs; used for folders, tests and generated corpora.</summary>
    public static CorpusSnapshot Load(IEnumerable<(string Name, Func<byte[]> Read)> files)
    {
        var articles = new List<Article>();
        var problems = new List<CorpusProblem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var ordinal = 0;
        foreach (var (name, read) in files)
        {
            if (!TryDecode(name, read, out var text, out var error) ||
                !ArticleParser.TryParse(name, text, ordinal, out var article, out error))
            {
                problems.Add(new CorpusProblem(name, error!));
                continue;
            }

            if (!ids.Add(article!.Id))
            {
                problems.Add(new CorpusProblem(name, $"another file already uses the id '{article.Id}'"));
                continue;
            }

            ordinal += article.Passages.Sum(p => p.Sentences.Count);
            articles.Add(article);
            AppendField(hash, name);
            AppendField(hash, text);
        }

        // Problems are part of the version, so a broken file added (or fixed) while serving is noticed too.
        foreach (var problem in problems)
        {
            AppendField(hash, "problem:" + problem.Path);
            AppendField(hash, problem.Reason);
        }

        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        return new CorpusSnapshot(articles, problems, version);
    }

    private static void AppendField(IncrementalHash hash, string value)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(value));
        hash.AppendData([0]);
    }

    private static bool TryDecode(string name, Func<byte[]> read, out string text, out string? error)
    {
        text = "";
        error = null;
        byte[] bytes;
        try
        {
            bytes = read();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error = $"cannot be read: {ex.Message}";
            return false;
        }

        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            error = "the file is empty";
            return false;
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            error = "the file is binary, not text";
            return false;
        }

        try
        {
            text = s_strictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            error = "the file is not valid UTF-8 text";
            return false;
        }

        return true;
    }

    private static byte[] ReadBounded(string path)
    {
        var info = new FileInfo(path);
        if (info.Length > MaxFileBytes)
        {
            throw new InvalidDataException($"the file is larger than {MaxFileBytes / (1024 * 1024)} MiB");
        }

        return File.ReadAllBytes(path);
    }
}

using System.Text;
using Bot.Core.Model;
using Bot.Core.Text;

namespace Bot.Corpus;

/// <summary>Builds an <see cref="Article"/> from one file's text, or says why the file cannot be used.</summary>
public static class ArticleParser
{
    public static bool TryParse(string path, string text, int firstOrdinal, out Article? article, out string? error)
    {
        article = null;
        if (!FrontMatterParser.TryParse(text, out var frontMatter, out var body, out error))
        {
            return false;
        }

        var id = Slug(frontMatter["id"] ?? Path.GetFileNameWithoutExtension(path));
        if (id.Length == 0)
        {
            error = "the article has no usable id (file name or 'id:' in front matter)";
            return false;
        }

        var title = frontMatter["title"] ?? FirstHeading(body);
        var blocks = ParagraphReader.ReadBlocks(body, title);
        if (blocks.All(b => b.IsHeading))
        {
            error = "the article has no text";
            return false;
        }

        var passages = new List<Passage>(blocks.Count);
        var ordinal = firstOrdinal;
        for (var p = 0; p < blocks.Count; p++)
        {
            var (blockText, isHeading) = blocks[p];
            var passageNumber = p + 1;
            var passageId = $"{id}#p{passageNumber}";
            var parts = isHeading ? [blockText] : SentenceSplitter.Split(blockText);
            var sentences = parts
                .Select((s, i) => new Sentence($"{passageId}.s{i + 1}", id, passageId, passageNumber, i + 1, ordinal++, s) { IsHeading = isHeading })
                .ToArray();
            passages.Add(new Passage(passageId, id, passageNumber, blockText, sentences));
        }

        article = new Article(id, title ?? id, frontMatter["outlet"], frontMatter["url"], frontMatter["date"], path, passages);
        return true;
    }

    /// <summary>Lower-case letters, digits and dashes: "Halt Cyber Ops.md" → "halt-cyber-ops".</summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }

    private static string? FirstHeading(string body)
    {
        var line = body.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return line is not null && line.StartsWith('#') ? line.TrimStart('#', ' ') : null;
    }
}

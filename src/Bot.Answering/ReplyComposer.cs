using System.Text;
using Bot.Core.Model;
using Bot.Core.Replies;

namespace Bot.Answering;

/// <summary>
/// Numbers the evidence of a draft in order of first use and writes the text with <c>[n]</c> markers before each
/// part's closing punctuation. Every citation quotes its sentence exactly as the corpus has it.
/// </summary>
public static class ReplyComposer
{
    public static BotReply Compose(string command, string question, AnswerDraft draft, CorpusSnapshot corpus, string engine)
    {
        var markers = new Dictionary<string, int>(StringComparer.Ordinal);
        var citations = new List<Citation>();
        List<int> Number(IEnumerable<Sentence> evidence)
        {
            var numbers = new List<int>();
            foreach (var sentence in evidence)
            {
                if (!markers.TryGetValue(sentence.Id, out var marker))
                {
                    marker = citations.Count + 1;
                    markers[sentence.Id] = marker;
                    var article = corpus.ArticleOf(sentence);
                    citations.Add(new Citation(marker, article.Id, sentence.PassageId, sentence.Id, sentence.Text, article.Title, article.Url));
                }

                if (!numbers.Contains(marker))
                {
                    numbers.Add(marker);
                }
            }

            return numbers;
        }

        var text = new StringBuilder();
        foreach (var part in draft.Parts)
        {
            var numbers = Number(part.Evidence);
            if (text.Length > 0)
            {
                text.Append(part.Text.StartsWith('\u2022') ? '\n' : ' '); // list items ("• ...") each on their own line
            }

            text.Append(WithMarkers(part.Text, numbers));
        }

        var items = draft.Items
            .Select(item => new ReplyItem(item.Kind, item.Label, item.Text, Number(item.Evidence)) { Details = item.Details })
            .ToArray();
        return new BotReply(command, question, text.ToString(), draft.Abstained, citations, items, engine)
        {
            ResolvedQuestion = draft.ResolvedQuestion,
        };
    }

    private static string WithMarkers(string text, List<int> numbers)
    {
        if (numbers.Count == 0)
        {
            return text;
        }

        var tags = string.Concat(numbers.Select(n => $"[{n}]"));
        var trimmed = text.TrimEnd();
        var end = trimmed.Length;
        while (end > 0 && trimmed[end - 1] is '.' or '!' or '?')
        {
            end--;
        }

        // "… sentence [1]." — but after a closing quote mark: "“Headline” [1]".
        return end == trimmed.Length ? $"{trimmed} {tags}" : $"{trimmed[..end]} {tags}{trimmed[end..]}";
    }
}

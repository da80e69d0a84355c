using System.Text.RegularExpressions;

namespace Bot.Answering;

/// <summary>Questions about the articles themselves — outlet, author, date, link — answered from their front matter.</summary>
public sealed partial class ExtractiveAnswerer
{
    private static AnswerDraft ArticleDetails(QuestionAnalysis q, CorpusKnowledge k)
    {
        var article = k.Corpus.Articles.FirstOrDefault();
        if (article is null)
        {
            return Abstain("There is no article loaded.");
        }

        var text = q.LowerText;
        var known = new List<string>();
        var missing = new List<string>();
        void Report(bool asked, string field, string? value)
        {
            if (!asked)
            {
                return;
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                missing.Add(field);
            }
            else
            {
                known.Add($"{field}: {value}");
            }
        }

        var asksAuthor = AuthorAsked().IsMatch(text);
        var asksDate = DateAsked().IsMatch(text);
        var asksLink = LinkAsked().IsMatch(text);
        var asksOutlet = !asksAuthor && !asksDate && !asksLink || OutletAsked().IsMatch(text);
        Report(asksOutlet, "outlet", article.Outlet);
        Report(asksDate, "publication date", article.Published);
        Report(asksLink, "link", article.Url);
        if (asksAuthor)
        {
            missing.Add("author"); // article files carry no byline field
        }

        var parts = new List<AnswerPart>();
        var title = $"\"{article.Title}\"";
        if (known.Count > 0)
        {
            parts.Add(AnswerPart.Plain($"For {title}, my copy records the {string.Join("; ", known)}."));
        }

        if (missing.Count > 0)
        {
            parts.Add(AnswerPart.Plain($"My copy of {title} doesn't record its {AnswerText.JoinAnd(missing)}, so I can't say."));
        }

        return new AnswerDraft(parts, Abstained: missing.Count > 0);
    }

    [GeneratedRegex(@"\b(wrote|authored|author|byline|reporter|journalist|writer)\b")]
    private static partial Regex AuthorAsked();

    [GeneratedRegex(@"\b(date|when)\b")]
    private static partial Regex DateAsked();

    [GeneratedRegex(@"\b(link|url)\b")]
    private static partial Regex LinkAsked();

    [GeneratedRegex(@"\b(outlet|publisher|paper|newspaper|site|website|network|publication)\b")]
    private static partial Regex OutletAsked();
}

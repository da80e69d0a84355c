using System.Text.RegularExpressions;
using Bot.Core.Model;
using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>"Which presidents are mentioned?", "name the two foreign presidents": the people whose titles the articles give.</summary>
public sealed partial class ExtractiveAnswerer
{
    private static AnswerDraft? PeopleByTitle(QuestionAnalysis q, CorpusKnowledge k)
    {
        var asked = TitleListAsked().Match(q.LowerText);
        if (!asked.Success)
        {
            return null;
        }

        var head = Bot.Core.Text.WordStemmer.Stem(asked.Groups["title"].Value);
        var modifier = asked.Groups["modifier"].Value;
        var people = k.Story.Actors
            .Where(a => a.Kind == ActorKind.Person && a.Role is { } role && role.Split(' ').Any(w => Bot.Core.Text.WordStemmer.Stem(w.ToLowerInvariant()) == head))
            .Where(a => modifier is not ("foreign" or "non-us" or "other") || !HomeCountryTitle().IsMatch(a.Role!))
            .ToList();
        if (people.Count == 0)
        {
            return Abstain($"The articles don't name any {(modifier.Length > 0 ? modifier + " " : "")}{asked.Groups["title"].Value}.");
        }

        var cited = people.Select(a => a.RoleSentenceId is { } id ? k.Corpus.FindSentence(id) : null).ToList();
        var names = people.Select(a => a.Display).ToList();
        List<AnswerPart> parts = [new($"The articles name {AnswerText.JoinAnd(names)}.", cited.OfType<Sentence>().Distinct().ToList())];
        return new AnswerDraft(parts, Abstained: false);
    }

    [GeneratedRegex(@"^(?:(?:which|what|who)\s+(?:are\s+)?|(?:can\s+you\s+|please\s+)?(?:name|list)\s+)(?:all\s+)?(?:the\s+)?(?:two\s+|three\s+|\d+\s+)?(?:(?<modifier>foreign|non-us|other|world)\s+)?(?:prime\s+|vice\s+|deputy\s+|cabinet\s+)?(?<title>presidents|secretaries|senators|ministers|advisers|advisors|governors|mayors|generals|ambassadors)(?:\s+(?:are\s+|is\s+|get\s+)?(?:mentioned|named|quoted|cited|featured|involved|in\s+(?:the|this)\s+(?:story|article|piece)))?\s*$")]
    private static partial Regex TitleListAsked();

    /// <summary>A title that marks the person as the home country's own ("U.S. President").</summary>
    [GeneratedRegex(@"^(U\.?S\.?|US|American|United\s+States)\b")]
    private static partial Regex HomeCountryTitle();
}

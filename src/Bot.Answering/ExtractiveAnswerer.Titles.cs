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
        // "how many presidents are named?": the count, then who they are.
        var count = asked.Groups["count"].Success ? $"{AnswerText.CountWord(people.Count)} {(people.Count == 1 ? Singular(asked.Groups["title"].Value) : asked.Groups["title"].Value)}: " : "";
        List<AnswerPart> parts = [new($"The articles name {count}{AnswerText.JoinAnd(names)}.", cited.OfType<Sentence>().Distinct().ToList())];
        return new AnswerDraft(parts, Abstained: false);
    }

    private static string Singular(string plural) => plural.EndsWith("ies", StringComparison.Ordinal) ? plural[..^3] + "y" : plural.TrimEnd('s');

    /// <summary>
    /// "who is the secretary of state?": a title nobody in the articles holds is not answered with someone else.
    /// A title someone does hold is left to the who-is answer.
    /// </summary>
    private static AnswerDraft? UnheldTitle(QuestionAnalysis q, CorpusKnowledge k)
    {
        var asked = TitleHolderAsked().Match(q.LowerText);
        if (!asked.Success)
        {
            return null;
        }

        var title = asked.Groups["title"].Value;
        var stems = Regex.Split(title, @"\s+").Where(w => w is not ("of" or "the" or "to")).Select(Bot.Core.Text.WordStemmer.Stem).ToList();
        var held = k.Story.Actors.Any(a => a.Role is { } role && stems.All(s => role.ToLowerInvariant().Split(' ', '.').Select(Bot.Core.Text.WordStemmer.Stem).Contains(s)));
        return held ? null : Abstain($"The articles don't name the {title}.");
    }

    [GeneratedRegex(@"^who\s+(?:is|s|was)\s+(?:the\s+)?(?:(?:u\.?s\.?|usa|american|current)\s+)?(?<title>secretary\s+of\s+\w+|\w+\s+secretary|attorney\s+general|speaker\s+of\s+the\s+house|vice\s+president|chief\s+of\s+staff|\w+\s+minister|ambassador\s+to\s+\w+|director\s+of\s+(?:the\s+)?\w+)\s*$")]
    private static partial Regex TitleHolderAsked();

    [GeneratedRegex(@"^(?:(?<count>how\s+many\s+)|(?:which|what|who)\s+(?:are\s+)?|(?:can\s+you\s+|please\s+)?(?:name|list)\s+)(?:all\s+)?(?:the\s+)?(?:two\s+|three\s+|\d+\s+)?(?:(?<modifier>foreign|non-us|other|world)\s+)?(?:prime\s+|vice\s+|deputy\s+|cabinet\s+)?(?<title>presidents|secretaries|senators|ministers|advisers|advisors|governors|mayors|generals|ambassadors)(?:\s+(?:are\s+|is\s+|get\s+)?(?:mentioned|named|name|quoted|cited|featured|involved)?(?:\s*in\s+(?:the|this)\s+(?:story|article|piece))?)?\s*$")]
    private static partial Regex TitleListAsked();

    /// <summary>A title that marks the person as the home country's own ("U.S. President").</summary>
    [GeneratedRegex(@"^(U\.?S\.?|US|American|United\s+States)\b")]
    private static partial Regex HomeCountryTitle();
}

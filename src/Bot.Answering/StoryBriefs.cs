using Bot.Core.Model;
using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>Short cited briefs built from the story map: the lead, who decided and why, what is unknown, and the reactions.</summary>
public static class StoryBriefs
{
    public static AnswerDraft Summary(CorpusKnowledge knowledge, Article? article = null)
    {
        article ??= knowledge.Corpus.Articles.FirstOrDefault();
        if (article is null)
        {
            return new AnswerDraft([AnswerPart.Plain("There are no articles loaded yet, so there is nothing to summarize.")], Abstained: true);
        }

        var story = knowledge.Story;
        var chosen = new List<Sentence>();
        void Take(string? sentenceId)
        {
            var sentence = sentenceId is null ? null : knowledge.Corpus.FindSentence(sentenceId);
            if (sentence is not null && chosen.All(s => s.Id != sentence.Id) && chosen.Count < 5)
            {
                chosen.Add(sentence);
            }
        }

        var headline = article.Sentences.FirstOrDefault(s => s.IsHeading);
        Take(article.Sentences.FirstOrDefault(s => !s.IsHeading)?.Id);
        var decision = story.Decisions.FirstOrDefault(d => d.ArticleId == article.Id);
        if (decision is not null)
        {
            var agentAndReason = decision.AgentEvidence.FirstOrDefault(e => decision.Reasons.Any(r => r.Evidence.SentenceId == e.SentenceId));
            Take((agentAndReason ?? decision.AgentEvidence.FirstOrDefault())?.SentenceId);
            Take(decision.Reasons.FirstOrDefault()?.Evidence.SentenceId);
            Take(decision.Unknowns.FirstOrDefault()?.SentenceId);
        }

        var articleReactions = story.Reactions.Where(r => r.Evidence.SentenceId.StartsWith(article.Id + "#", StringComparison.Ordinal)).ToArray();
        foreach (var stance in new[] { Stance.Denial, Stance.Critical, Stance.Supportive, Stance.Concerned })
        {
            Take(articleReactions.FirstOrDefault(r => r.Stance == stance && story.FindActor(r.ActorId)?.Kind == ActorKind.Person)?.Evidence.SentenceId
                 ?? articleReactions.FirstOrDefault(r => r.Stance == stance)?.Evidence.SentenceId);
        }

        var parts = chosen.OrderBy(s => s.Ordinal).Select(AnswerPart.Quote).ToList();
        if (headline is not null)
        {
            parts.Insert(0, new AnswerPart($"Headline: \u201C{headline.Text}\u201D", [headline]));
        }
        var others = knowledge.Corpus.Articles.Count - 1;
        if (others > 0)
        {
            parts.Add(AnswerPart.Plain($"({others} more article{(others == 1 ? "" : "s")} in the corpus; ask about a topic to brief on another.)"));
        }

        return new AnswerDraft(parts, Abstained: false);
    }
}

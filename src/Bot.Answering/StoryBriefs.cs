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
        var chosen = new List<(Sentence Sentence, string Kind)>();
        void Take(string? sentenceId, string kind)
        {
            var sentence = sentenceId is null ? null : knowledge.Corpus.FindSentence(sentenceId);
            if (sentence is not null && chosen.All(c => c.Sentence.Id != sentence.Id) && chosen.Count < 5)
            {
                chosen.Add((sentence, kind));
            }
        }

        var headline = article.Sentences.FirstOrDefault(s => s.IsHeading);
        Take(article.Sentences.FirstOrDefault(s => !s.IsHeading)?.Id, "lead");
        var decision = story.Decisions.FirstOrDefault(d => d.ArticleId == article.Id);
        if (decision is not null)
        {
            var agentAndReason = decision.AgentEvidence.FirstOrDefault(e => decision.Reasons.Any(r => r.Evidence.SentenceId == e.SentenceId));
            Take((agentAndReason ?? decision.AgentEvidence.FirstOrDefault())?.SentenceId, "decision");
            Take(decision.Reasons.FirstOrDefault()?.Evidence.SentenceId, "reason");
            Take(decision.Unknowns.FirstOrDefault()?.SentenceId, "unknown");
        }

        var articleReactions = article.Sentences.SelectMany(s => story.ReactionsIn(s.Id)).ToArray();
        foreach (var stance in new[] { Stance.Denial, Stance.Critical, Stance.Supportive, Stance.Concerned })
        {
            Take(articleReactions.FirstOrDefault(r => r.Stance == stance && story.FindActor(r.ActorId)?.Kind == ActorKind.Person)?.Evidence.SentenceId
                 ?? articleReactions.FirstOrDefault(r => r.Stance == stance)?.Evidence.SentenceId, "reaction");
        }

        var ordered = chosen.OrderBy(c => c.Sentence.Ordinal).ToList();
        var parts = ordered.Select(c => AnswerPart.Quote(c.Sentence)).ToList();
        var items = ordered.Select(c => new DraftItem(c.Kind, c.Kind, c.Sentence.Text, [c.Sentence])).ToList();
        if (headline is not null)
        {
            parts.Insert(0, new AnswerPart($"Headline: \u201C{headline.Text}\u201D", [headline]));
            items.Insert(0, new DraftItem("headline", "headline", headline.Text, [headline]));
        }
        var others = knowledge.Corpus.Articles.Count - 1;
        if (others > 0)
        {
            parts.Add(AnswerPart.Plain($"({others} more article{(others == 1 ? "" : "s")} in the corpus; ask about a topic to brief on another.)"));
        }

        return new AnswerDraft(parts, Abstained: false) { Items = items };
    }
}

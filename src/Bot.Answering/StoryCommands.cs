using System.Diagnostics;
using Bot.Core.Model;
using Bot.Core.Replies;
using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>
/// The quick-summary commands every platform exposes — summary, who, why, timeline, sources — built from the
/// story map. Each returns the same reply model as <c>ask</c>: text with [n] markers, citations and items.
/// </summary>
public static class StoryCommands
{
    public static BotReply Summary(CorpusKnowledge k, string? topic = null) =>
        Timed(ReplyCommands.Summary, topic, () => StoryBriefs.Summary(k, ArticleFor(k, topic)), k);

    public static BotReply Who(CorpusKnowledge k, string? name = null) =>
        Timed(ReplyCommands.Who, name, () => string.IsNullOrWhiteSpace(name) ? AllActors(k) : OneActor(k, name), k);

    public static BotReply Why(CorpusKnowledge k, string? decision = null) =>
        Timed(ReplyCommands.Why, decision, () => Reasons(k, decision), k);

    public static BotReply Timeline(CorpusKnowledge k) =>
        Timed(ReplyCommands.Timeline, null, () => TimelineDraft(k), k);

    public static BotReply Sources(CorpusKnowledge k) =>
        Timed(ReplyCommands.Sources, null, () => SourcesDraft(k), k);

    /// <summary>Everyone the articles mention, with what each decided or said (also used for "list everyone").</summary>
    public static AnswerDraft AllActorsDraft(CorpusKnowledge k) => AllActors(k);

    public static AnswerDraft ArticlesDraft(CorpusKnowledge k) => SourcesDraft(k);

    private static AnswerDraft AllActors(CorpusKnowledge k)
    {
        var story = k.Story;
        var parts = new List<AnswerPart> { AnswerPart.Plain("Who is who, and what each decided or said:") };
        var items = new List<DraftItem>();
        foreach (var actor in story.Actors.OrderBy(a => a.Kind).ThenBy(a => FirstOrdinal(k, a)))
        {
            var evidence = ActorEvidence(k, actor).Take(2).ToList();
            if (evidence.Count == 0)
            {
                continue;
            }

            var summary = ActorSummary(k, actor);
            parts.Add(new AnswerPart($"• {Label(actor)} — {summary}.", evidence));
            items.Add(new DraftItem("actor", actor.Name, summary, evidence) { Details = ActorDetails(actor) });
        }

        return new AnswerDraft(parts, Abstained: items.Count == 0) { Items = items };
    }

    private static AnswerDraft OneActor(CorpusKnowledge k, string name)
    {
        var words = QuestionAnalyzer.ToWords(name, k.Vocabulary, k.NameWords);
        var actor = k.Actors.Find(words).FirstOrDefault()?.Actor;
        if (actor is null)
        {
            return new AnswerDraft([AnswerPart.Plain("The articles don't mention anyone by that name. Try `who` on its own to list everyone they do mention.")], Abstained: true);
        }

        var evidence = ActorEvidence(k, actor).ToList();
        var parts = new List<AnswerPart> { new($"{Label(actor)} — {ActorSummary(k, actor)}.", evidence.Take(1).ToList()) };
        parts.AddRange(evidence.Select(AnswerPart.Quote));
        return new AnswerDraft(parts, Abstained: false)
        {
            Items = [new DraftItem("actor", actor.Name, ActorSummary(k, actor), evidence) { Details = ActorDetails(actor) }],
        };
    }

    private static AnswerDraft Reasons(CorpusKnowledge k, string? topic)
    {
        var decision = DecisionFor(k, topic);
        if (decision is null)
        {
            return new AnswerDraft([AnswerPart.Plain("The articles don't report a decision to explain.")], Abstained: true);
        }

        var sentence = (string id) => k.Corpus.FindSentence(id)!;
        var agents = decision.AgentActorIds.Select(k.Story.FindActor).OfType<Actor>().Where(a => a.Kind == ActorKind.Person).Select(a => a.Display).ToList();
        var parts = new List<AnswerPart>
        {
            new($"The decision: {decision.Action}" + (agents.Count > 0 ? $", attributed to {AnswerText.JoinAnd(agents)}." : "."), [sentence(decision.Evidence.SentenceId)]),
        };
        var items = new List<DraftItem>();
        if (decision.Reasons.Count > 0)
        {
            parts.Add(AnswerPart.Plain("Stated reasons:"));
            foreach (var reason in decision.Reasons)
            {
                var by = reason.StatedByActorId is null ? "the articles" : k.Story.FindActor(reason.StatedByActorId)?.Name ?? "the articles";
                parts.Add(AnswerPart.Quote(sentence(reason.Evidence.SentenceId)));
                items.Add(new DraftItem("reason", by, reason.Evidence.Text, [sentence(reason.Evidence.SentenceId)]));
            }
        }
        else
        {
            parts.Add(AnswerPart.Plain("The articles give no stated reason."));
        }

        if (decision.Unknowns.Count > 0)
        {
            parts.Add(AnswerPart.Plain("What is not public or not known:"));
            foreach (var unknown in decision.Unknowns)
            {
                parts.Add(AnswerPart.Quote(sentence(unknown.SentenceId)));
                items.Add(new DraftItem("unknown", "not known", unknown.Text, [sentence(unknown.SentenceId)]));
            }
        }

        return new AnswerDraft(parts, Abstained: false) { Items = items };
    }

    private static AnswerDraft TimelineDraft(CorpusKnowledge k)
    {
        var events = k.Story.Timeline;
        if (events.Count == 0)
        {
            return new AnswerDraft([AnswerPart.Plain("The articles give no time cues to build a timeline from.")], Abstained: true);
        }

        var parts = new List<AnswerPart> { AnswerPart.Plain("Events in order, by the time cues the articles give (they give no exact dates):") };
        var items = new List<DraftItem>();
        foreach (var e in events)
        {
            var sentence = k.Corpus.FindSentence(e.Evidence.SentenceId)!;
            parts.Add(new AnswerPart($"• {Capitalize(e.Cue)}: {AnswerText.Readable(sentence.Text)}", [sentence]));
            items.Add(new DraftItem("event", e.Cue, sentence.Text, [sentence])
            {
                Details = new Dictionary<string, string> { ["relativeDays"] = e.RelativeDays.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            });
        }

        return new AnswerDraft(parts, Abstained: false) { Items = items };
    }

    private static AnswerDraft SourcesDraft(CorpusKnowledge k)
    {
        var articles = k.Corpus.Articles;
        if (articles.Count == 0)
        {
            return new AnswerDraft([AnswerPart.Plain("No articles are loaded.")], Abstained: true);
        }

        var parts = new List<AnswerPart> { AnswerPart.Plain($"{articles.Count} article{(articles.Count == 1 ? "" : "s")} in the corpus:") };
        var items = new List<DraftItem>();
        foreach (var article in articles.Take(50))
        {
            var meta = string.Join(", ", new[] { article.Outlet, article.Published, article.Url }.Where(v => !string.IsNullOrEmpty(v)));
            var line = $"• {article.Title}" + (meta.Length > 0 ? $" ({meta})" : " (outlet, date and URL not recorded)");
            parts.Add(AnswerPart.Plain(line));
            items.Add(new DraftItem("article", article.Title, line.TrimStart('•', ' '), [])
            {
                Details = new Dictionary<string, string>
                {
                    ["articleId"] = article.Id,
                    ["outlet"] = article.Outlet ?? "",
                    ["url"] = article.Url ?? "",
                    ["date"] = article.Published ?? "",
                    ["passages"] = article.Passages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
            });
        }

        if (articles.Count > 50)
        {
            parts.Add(AnswerPart.Plain($"… and {articles.Count - 50} more."));
        }

        return new AnswerDraft(parts, Abstained: false) { Items = items };
    }

    private static IEnumerable<Sentence> ActorEvidence(CorpusKnowledge k, Actor actor)
    {
        var ids = k.Story.DecisionsBy(actor.Id).SelectMany(d => d.AgentEvidence.Select(e => e.SentenceId)).Where(id => k.Story.MentionsIn(id).Any(m => m.ActorId == actor.Id)).Take(1)
            .Concat(k.Story.ReactionsBy(actor.Id).Select(r => r.Evidence.SentenceId))
            .Concat(actor.RoleSentenceId is null ? [] : [actor.RoleSentenceId])
            .Concat(actor.SentenceIds.Take(1))
            .Distinct();
        return ids.Select(id => k.Corpus.FindSentence(id)).OfType<Sentence>();
    }

    private static string ActorSummary(CorpusKnowledge k, Actor actor)
    {
        var facts = new List<string>();
        foreach (var decision in k.Story.DecisionsBy(actor.Id).Take(1))
        {
            facts.Add($"named as behind the decision ({decision.Action})");
        }

        foreach (var stance in k.Story.ReactionsBy(actor.Id).Select(r => r.Stance).Distinct())
        {
            facts.Add(stance switch
            {
                Stance.Critical => "criticized it",
                Stance.Supportive => "supported it",
                Stance.Denial => "denied a claim about it",
                Stance.Concerned => "voiced concern",
                _ => "is reported making statements",
            });
        }

        return facts.Count > 0 ? string.Join("; ", facts) : "mentioned in the story";
    }

    private static string Label(Actor actor) =>
        actor.Kind == ActorKind.Person && actor.Role is not null ? $"{actor.Name} ({actor.Role})" : Capitalize(actor.Name);

    private static IReadOnlyDictionary<string, string> ActorDetails(Actor actor) => new Dictionary<string, string>
    {
        ["actorId"] = actor.Id,
        ["kind"] = actor.Kind.ToString().ToLowerInvariant(),
        ["role"] = actor.Role ?? "",
    };

    private static int FirstOrdinal(CorpusKnowledge k, Actor actor) =>
        actor.SentenceIds.Select(id => k.Corpus.FindSentence(id)?.Ordinal ?? int.MaxValue).DefaultIfEmpty(int.MaxValue).Min();

    private static Article? ArticleFor(CorpusKnowledge k, string? topic)
    {
        if (string.IsNullOrWhiteSpace(topic))
        {
            return null;
        }

        var words = QuestionAnalyzer.ToWords(topic, k.Vocabulary, k.NameWords);
        var best = SentenceRanker.Rank(k, words, []).FirstOrDefault();
        return best is null ? null : k.Corpus.FindArticle(best.Sentence.ArticleId);
    }

    private static Decision? DecisionFor(CorpusKnowledge k, string? topic)
    {
        var article = ArticleFor(k, topic);
        return article is null ? k.Story.PrimaryDecision : k.Story.Decisions.FirstOrDefault(d => d.ArticleId == article.Id) ?? k.Story.PrimaryDecision;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static BotReply Timed(string command, string? argument, Func<AnswerDraft> build, CorpusKnowledge k)
    {
        var started = Stopwatch.GetTimestamp();
        var draft = build();
        var reply = ReplyComposer.Compose(command, argument ?? "", draft, k.Corpus, AnswerEngine.EngineName);
        return reply with { ElapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds };
    }
}

using System.Text.RegularExpressions;

namespace Bot.Answering;

/// <summary>The parts of a user's message: what is actually asked, a premise asserted in it, and whether it tried to instruct the bot.</summary>
public sealed record GuardedQuestion(string Question, string? Premise, bool HadInstructions, bool AsksForOpinion);

/// <summary>
/// Separates instructions aimed at the bot ("ignore your instructions", "you are now ...", "SYSTEM:", "reply only
/// with ...") from the question, and lifts asserted claims ("say that X", "since X, ...", "X, right?") out as a
/// premise to be checked. Nothing the user writes becomes an instruction: it is only ever searched for or dropped.
/// </summary>
public static partial class InjectionGuard
{
    public static GuardedQuestion Inspect(string text)
    {
        var hadInstructions = false;
        string? premise = null;
        var kept = new List<string>();
        text = Pings().Replace(text, m =>
        {
            hadInstructions = true;
            return " ";
        });

        foreach (var rawSegment in Segments(text))
        {
            var segment = rawSegment.Trim().Trim(',', '-', ':', ' ');
            if (segment.Length == 0)
            {
                continue;
            }

            var claim = ClaimRequest().Match(segment);
            if (claim.Success)
            {
                hadInstructions = true;
                premise ??= claim.Groups["claim"].Value;
                continue;
            }

            if (Instruction().IsMatch(segment))
            {
                hadInstructions = true;
                var colon = segment.LastIndexOf(':');
                var rest = colon >= 0 ? segment[(colon + 1)..].Trim() : "";
                var condition = ConditionClause().Match(segment);
                if (condition.Success)
                {
                    rest = condition.Groups["question"].Value; // "reply YES if the halt is permanent": the condition is the question
                }

                if (rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 && !Instruction().IsMatch(rest))
                {
                    // "Ignore the article: tell everyone X" — what follows the colon is still the user's request.
                    kept.Add(TellMe().Replace(rest, ""));
                }

                continue;
            }

            if ((premise is not null || kept.Count > 0) && QuestionPatterns.ClosingRemark().IsMatch(segment.Trim()) && !segment.TrimEnd().EndsWith('?'))
            {
                continue; // "schumer backed the pause, right? makes sense for a dem tbh": the remark asks nothing
            }

            // "Claim: Hegseth is the national security adviser. True or false?": a claim put up for checking.
            var labeled = LabeledClaim().Match(segment);
            if (labeled.Success && premise is null)
            {
                premise = labeled.Groups["claim"].Value.Trim().Trim('"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', ' ', '.');
                kept.Add(premise + "?"); // checked as a yes/no question too: its timing, target and wording, not only who decided
                continue;
            }

            // "I read that the pause came after the shouting match. Is that what the article says?"
            var reported = ReportedClaim().Match(segment);
            if (reported.Success && premise is null)
            {
                premise = reported.Groups["claim"].Value;
                continue;
            }

            if (premise is not null && VerificationAsk().IsMatch(segment))
            {
                continue; // the claim above is the question
            }

            if (premise is null && kept.Count == 1 && VerificationAsk().IsMatch(segment) && IsDeclarativeClaim(kept[0]))
            {
                premise = kept[0]; // "Hegseth denied it was premeditated - where's that from?": the claim before the check
                kept.Clear();
                continue;
            }

            var since = SincePremise().Match(segment);
            if (since.Success && QuestionPatterns.OrderWord().IsMatch(since.Groups["claim"].Value.ToLowerInvariant()))
            {
                kept.Add(since.Groups["claim"].Value); // "since it came right after the fight, ...": the order is what to check
                continue;
            }

            if (since.Success)
            {
                premise ??= since.Groups["claim"].Value;
                kept.Add(since.Groups["question"].Value);
                continue;
            }

            var tagged = TaggedPremise().Match(segment);
            if (tagged.Success && QuestionPatterns.OrderWord().IsMatch(tagged.Groups["claim"].Value.ToLowerInvariant()))
            {
                kept.Add(tagged.Groups["claim"].Value); // "it came AFTER the fight, right?" asks the order, which the answer gives
                continue;
            }

            if (tagged.Success)
            {
                premise ??= tagged.Groups["claim"].Value;
                continue;
            }

            kept.Add(TellMe().Replace(segment, ""));
        }

        var question = string.Join(". ", kept.Where(k => k.Trim().Length > 0)).Trim();
        if (premise is null && question.Length > 0 && IsDeclarativeClaim(question))
        {
            premise = question;
            question = "";
        }

        var asksOpinion = AsksForOpinion(question);
        return new GuardedQuestion(question, premise?.Trim().TrimEnd('.', '?', '!'), hadInstructions, asksOpinion);
    }

    /// <summary>"What do you really think of X?": a request for the bot's own view, which it does not give.</summary>
    public static bool AsksForOpinion(string question) => Opinion().IsMatch(question);

    private static IEnumerable<string> Segments(string text)
    {
        foreach (var sentence in SentenceBreak().Split(text))
        {
            // "heard in the sync that X - is that actually in there?": the check after the dash is its own segment.
            foreach (var part in AndThen().Split(sentence).SelectMany(p => DashBeforeCheck().Split(p)))
            {
                yield return part;
            }
        }
    }

    private static bool IsDeclarativeClaim(string question)
    {
        if (question.Contains('?'))
        {
            return false;
        }

        var first = Fillers().Replace(question.TrimStart(), "").Split(' ', 2)[0].ToLowerInvariant().Trim(',', '.', '!');
        return !QuestionStarters().IsMatch(first) && !WhWord().IsMatch(question) && ClaimVerb().IsMatch(question);
    }

    /// <summary>"wait, was ...", "ok so did ...": openers that come before the question proper.</summary>
    [GeneratedRegex("^(" + QuestionPatterns.LeadingFiller + ")+", RegexOptions.IgnoreCase)]
    private static partial Regex Fillers();

    [GeneratedRegex(@"\b(if|whether)\s+(?<question>[^?.!]{6,})", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionClause();

    [GeneratedRegex(@"@(everyone|here|channel)\b|<[@!#][^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Pings();

    [GeneratedRegex(@"(?<=[.!?;])\s+|\n+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@",?\s+(?:and|then|and then)\s+(?=(?:say|tell|reply|respond|answer|write|append|post|print|include|add|repeat|output|confirm|explain|give|show|tag|ping|quote|end)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AndThen();

    [GeneratedRegex(@"^(please\s+)?(ignore|disregard|forget|override|bypass)\b|\b(talk|speak|write|respond|answer|reply)\s+(only\s+)?like\s+an?\b|\bfor\s+the\s+rest\s+of\s+(this|the)\s+(chat|conversation|thread)\b|^(tag|ping|notify|alert)\b|\b(confirm|reply|respond|answer)\s+(it\s+)?(by|with)\s+(replying|saying|typing|writing|posting|\W)|\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules?|prompts?|directions?|guidelines?|everything|above|previous)\b|\b(only\s+)?(answer|reply|respond|talk|speak)\s+(only\s+)?in\s+\w+|\b(you\s+are\s+now|you're\s+now|youre\s+now|from\s+now\s+on|pretend(\s+to\s+be|\s+you)?|act\s+as|role-?play|jailbreak|developer\s+mode|no\s+rules)\b|^\s*(system|assistant|developer|admin)\s*:|\bnew\s+(instructions?|rules?)\b|\bnew\s+policy\s*:|\b(print|show|reveal|repeat|output|display|dump|leak)\b.{0,30}\b(system\s+prompt|prompt|instructions|configuration|config)\b|\b(reply|respond|answer)\s+(only\s+)?with\b|\b(every|each|all)\s+(answer|reply|response)s?\s+(must|should)\b|\b(append|prepend|include|add)\b.{0,40}(phrase|words?|at\s+the\s+end|'|""|\u2018|\u201C)|\b(post|send|ping|broadcast|tag|notify|alert)\b.{0,40}\b(channel|everyone|server|at\s+the\s+end|with\s+a\s+ping)\b|\bping\s+(everyone|them|all|people|the\s+\w+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();

    [GeneratedRegex(@"(?:^|\b)(?<!(?:^|[.?!]\s*)(?:what|how|why|where|did|does|didn't)\b[^.?!]{0,40})(?:please\s+)?(?:just\s+)?(?:say|answer|reply|respond|state|confirm|claim|declare|tell\s+(?:me|everyone|them|us|people))\b[^.?!]{0,30}?\bthat\s+(?<claim>[^?]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimRequest();

    [GeneratedRegex(@"^(?:(?:i\s+|i've\s+|ive\s+|i\s+have\s+)?(?:read|heard|seen|saw)(?:\s+" + HeardWhere + @")?|i\s+was\s+told|i\s+(?:had\s+|have\s+)?(?:understood|thought|assumed|believed|figured|gathered)|(?:someone|somebody|(?:a|my|our)\s+\w+)(?:\s+" + HeardWhere + @")?\s+(?:said|told\s+me|claimed|says|claims|mentioned)|people\s+(?:are\s+saying|say)|apparently)\s+(?:somewhere\s+|online\s+)?(?:that\s+)?(?<claim>.{6,}?)\s*[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportedClaim();

    /// <summary>"heard in the sync that …", "someone in the thread said …": where the claim was heard.</summary>
    private const string HeardWhere = @"(?:in|on|at|from|during)\s+(?:the\s+|a\s+|an\s+|our\s+|my\s+|this\s+)?[\w-]+(?:\s+[\w-]+)?";

    [GeneratedRegex(@"^(?:so\s+)?(?:where'?s\s+(?:that|this)\s+from|where\s+(?:is|does)\s+(?:that|this)\s+(?:from|come\s+from)|source\??|is\s+(?:that|this|it)\s+(?:actually\s+|really\s+)?(?:in\s+there|in\s+the\s+(?:article|story|piece))|is\s+(?:that|this|it)\s+(?:what\s+(?:the|this)\s+(?:article|story|piece)\s+says|true|right|correct|accurate)|does\s+(?:the|this)\s+(?:article|story|piece)\s+(?:say\s+that|support\s+that|back\s+that\s+up|confirm\s+that|agree)|true|right|correct|" + VerdictAsk + @")\s*[?.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex VerificationAsk();

    /// <summary>How people ask for a verdict on a claim: "True or false?", "Rate this.", "Accurate?", "Fact check?".</summary>
    private const string VerdictAsk = @"true\s+or\s+false|real\s+or\s+fake|fact\s+or\s+fiction|rate\s+(?:this|it|that|the\s+)?(?:accuracy|claim)?|accurate|correct|legit|fact[\s-]*check(?:\s+(?:this|it|please|pls))?|(?:is\s+)?(?:that|this|it)\s+(?:accurate|legit|correct|right|true)|what'?s\s+wrong\s+with\s+(?:that|this|it)|all\s+correct|is\s+the\s+\w+\s+right|verdict|(?:true|false)\s*\?|that'?s\s+(?:correct|right|true|accurate)(?:,?\s+(?:yeah|yes|right))?";

    [GeneratedRegex(@"^(?:(?:claim|fact[\s-]*check|statement|rumou?r|viral\s+(?:post|claim|tweet)|post|tweet|quote|headline\s+i\s+saw)(?:\s+(?:going\s+around|circulating|floating\s+around|i\s+saw|making\s+the\s+rounds)(?:\s+(?:on|in)\s+[\w-]+)?)?\s*:|[^:""\u201C]{3,50}:(?=\s*[""'\u201C\u2018]))\s*[""'\u201C\u2018]?(?<claim>(?!\s)(?!(?:who|whos|what|whats|why|when|where|how|which|is|was|did|does|do|are|were|has|have|can|could)\b).+?)\s*(?:(?:" + VerdictAsk + @")\s*[?.!]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LabeledClaim();

    [GeneratedRegex(@"^(?:since|given\s+that|given|now\s+that|considering(?:\s+that)?|as|because)\s+(?<claim>[^,]{6,}?),\s*(?<question>.+)$|^(?:when|after|once)\s+(?<claim>[^,]{6,}?),\s*(?<question>(?:did|does|do|was|were|is|are|has|have|had|will|would|could)\b.+)$|^(?<claim>(?!(?:who|what|why|when|where|how|which|is|was|did|does|do|are|were|has|have|can|could|would|will)\b)[^,?]{10,}?),?\s+so\s+(?<question>(?:who|what|why|when|where|how|which)\b.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SincePremise();

    [GeneratedRegex(@"^(?:(?:the\s+)?(?:article|story|news|report)s?\s+says?\s+(?:that\s+)?|is\s+it\s+(?:true|correct|right|accurate|so)\s+that\s+|isn'?t\s+it\s+true\s+that\s+)?(?<claim>.+?)[,\s]+(?:right|correct|true|yes|no|isn'?t\s+it|didn'?t\s+(?:he|she|they)|wasn'?t\s+(?:he|she|it))\s*\??$|^(?:(?:the\s+)?(?:article|story)s?\s+says?\s+(?:that\s+)?|is\s+it\s+(?:true|correct|right|accurate|so)\s+that\s+)(?<claim>.+?)\s*\??$", RegexOptions.IgnoreCase)]
    private static partial Regex TaggedPremise();

    [GeneratedRegex(@"^(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:tell|show|give)\s+(?:me|us|everyone|everybody|them|people|the\s+\w+)\s+(?:about\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex TellMe();

    [GeneratedRegex(@"^(who|whos|who's|what|whats|what's|why|when|where|how|hows|which|whose|whom|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|any|tell|explain|give|list|summarize|summarise|describe|show|and|so|but|ok|okay|hi|hey|hello|help)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionStarters();

    [GeneratedRegex(@"\b(who|whom|whose|what|why|when|where|which|how)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhWord();

    [GeneratedRegex(@"\b(ordered|issued|directed|decided|signed|approved|authorized|endorsed|supported|praised|backed|welcomed|applauded|criticized|opposed|condemned|denied|was\s+(fired|behind|responsible|planned|premeditated)|resumed|started|ended|expanded|increased|escalated|restarted|lasts|lasted|will\s+last)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimVerb();

    [GeneratedRegex(@"\b(what|how)\s+(do|did|would)\s+you\s+(really\s+)?(think|feel)|\byour\s+(own\s+)?(opinion|view|take|thoughts)\b|\bbe\s+honest\b|\b(just\s+)?pick\s+(one|a\s+side)\b|\bwho('?s|\s+is)\s+right\b|\btake\s+a\s+side\b|\bright\s+or\s+wrong\b|\bwrong\s+or\s+right\b|\bjust\s+between\s+us\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opinion();

    [GeneratedRegex(@"\s+[-\u2013\u2014]+\s+(?=(?:is|does|did|was|accurate|true|right|correct|where'?s|where\s+is|source)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DashBeforeCheck();
}

using System.Text.RegularExpressions;

namespace Bot.Answering;

/// <summary>The phrasings that reveal what a question asks for. Matched on the lower-cased, spell-corrected question.</summary>
internal static partial class QuestionPatterns
{
    /// <summary>Openers typed before the question proper: "wait, was ...", "ok so did ...".</summary>
    public const string LeadingFiller = @"(wait|hmm+|ok(ay)?|so|um+|uh+|hey|yo|ugh|honestly|btw|well|lol|also|and|but|quick\s+question)\b[\s,.!:-]*";

    [GeneratedRegex(@"\b(what(\s+(is|s))?\s+(this|the|that)\s+(article|story|piece|news|link|thing)\s+(\w+\s+)?about|tl\s*;?\s*dr|summar(y|ise|ize|ies)|headlines?|lede|title\s+of\s+(the|this)\s+(article|story|piece)|(main|key|central|core)\s+(news|points?|story|takeaways?|idea|claim|message|gist)|recap|sum\s+(it\s+|this\s+|things\s+)?up|sum\s+up|nutshell|eli5|explain\s+(it\s+|this\s+)?like(\s+(i\s+am|im|i\s+m)\s+(five|5|a\s+kid))?|in\s+(one|a|1)\s+(line|sentence)|gist|overview|brief\s+me|catch\s+me\s+up|what\s+((is|s|was)\s+)?(this|the|that|it)(\s+(story|article|news|piece|thing|whole\s+thing))?(\s+\w+ly)?\s+about|what\s+(is|s)\s+(this|the)\s+(story|article|news|piece)\s*$|what\s+happened|what\s+((is|s)\s+)?going\s+on|^(so\s+|ok\s+|okay\s+)?(can\s+you\s+|pls\s+|please\s+)?explain(\s+(it|this|that)(\s+all)?)?(\s+(simply|to\s+me|in\s+simple\s+terms|quickly|briefly|please|pls))*\s*$|^(so\s+)?what\s+does\s+(this|it|that)(\s+all)?\s+mean\s*$|^(what(\s+is)?\s+the\s+|some\s+|any\s+|give\s+me\s+(some\s+)?)?(context|background)(\s+(here|on\s+this|pls|please))?\s*$|what(\s+(is|s))?\s+the\s+(story|news|deal)\s*$|whats?(\s+(is|s))?\s+up\s+with\s+(this|that|it)|what(\s+(is|s))?\s+the\s+(story|news|deal)|main\s+points|key\s+points|in\s+short|the\s+short\s+version|explain\s+(the|this)\s+(story|article|news|piece)|(three|3|two|2|few|some|quick)\s+bullets?(\s+points?)?|bullet\s+points|one[\s-]?liner|^(the\s+)?bottom\s+line\s*$|(one|1)[\s-]sentence\s+takeaway|takeaway|executive\s+summary|elevator\s+pitch|(cold[\s-]?open\s+)?hook\s+for\s+(this|the)\s+(story|article|piece)|(most\s+)?quotable\s+(line|sentence|quote)|sound\s*bite)\b")]
    public static partial Regex Summary();

    /// <summary>"too lazy to read", "no time": why a summary is wanted, not what it should be about.</summary>
    [GeneratedRegex(@"\b(too\s+(lazy|long|busy|tired)(\s+to\s+read(\s+(it|all\s+that|the\s+whole\s+thing))?)?|no\s+time(\s+to\s+read)?|(didn'?t|did\s+not|can'?t|cant)\s+(read|be\s+bothered)(\s+(it|all\s+that))?|(don'?t|dont)\s+have\s+time(\s+to\s+read)?)\b")]
    public static partial Regex SummaryRemark();

    [GeneratedRegex(@"\bfor\s+(my|our|your|a|the)\s+(\w+\s+)?(?<who>boss|team|manager|class|students?|friends?|mom|dad|parents?|colleagues?|coworkers?|newsletter|readers|audience|channel|group|kids?|grandma|grandpa|board|execs|executives|listeners|viewers|episode|show|podcast|script|segment|slides?|deck|memo|brief)\b|\bfor\s+the\s+top\s+of\s+the\s+(episode|show|segment|script)\b")]
    public static partial Regex Audience();

    [GeneratedRegex(@"^(hi|hello|hey|yo|help|thanks|thank\s+you|good\s+(morning|afternoon|evening))\b|\bwhat\s+can\s+you\s+(do|answer|tell)|\bwho\s+are\s+you\b|\bwhat\s+are\s+you\b|\bhow\s+do\s+(i|you)\s+(use|work)|\bwhat\s+do\s+you\s+know\b")]
    public static partial Regex Help();

    [GeneratedRegex(@"^(please\s+)?(can\s+you\s+|could\s+you\s+)?(write|compose|generate|create|draw|sing|translate|code|implement|calculate|compute|solve|play|book|buy|reset|install|fix|debug|recommend|cook|bake|plan|schedule|convert|rewrite|paraphrase|send|email|order\s+me|give\s+me\s+(a|an|some)\s+(recipe|joke|poem|song|story|list\s+of\s+(restaurants|movies|books)))\b|\b(recipe|joke|poem|haiku|limerick|song\s+lyrics|python|javascript|linked\s+list|router|password)\b")]
    public static partial Regex Task();

    [GeneratedRegex(@"^(who|whos|who\s+s|who\s+is|who\s+was|who\s+are|who\s+were)\b")]
    public static partial Regex StartsWithWho();

    [GeneratedRegex(@"\b(who|whos|whom|whose|anyone|anybody|someone|somebody|who\s+else)\b")]
    public static partial Regex Who();

    [GeneratedRegex(@"^(\W*\w+\W+){0,3}?whose\s+(?!(idea|decision|call|order|directive|plan|move|doing|fault|responsibility|initiative|choice|command|instruction|authority|say|word|claim|statement|comment|remark|view|argument|position|quote|criticism|denial|reaction|response|objection|complaint)s?\b)\w+|^whose\s+\w+\s+\w+\s+(is|was|are|were)\s+(it|this|that)\b")]
    public static partial Regex WhoseThing();

    [GeneratedRegex(@"\b(what\s+(is|s|was)\s+\w+(\s+\w+)?\s+(job|role|title|position|post)|(is|s)\s+what\s+(position|role|job|title|post)|what\s+does\s+\w+(\s+\w+)?\s+do\b(?!\s+(about|with|to))|(job|role|title|position)\s+of|(role|part)\s+in|(figure|fit|fits|figures)\s+(into|in)|what\s+(\w+\s+)?(position|role|job|title|post|office)\s+(does|did|is|was)\s+.+\s+(hold|have|play|occupy))\b")]
    public static partial Regex RoleQuestion();

    [GeneratedRegex(@"\b(order|ordered|orders|decid\w*|decision|directive|behind|responsible|drove|driven|drive|the\s+call|issued|issue|authori[sz]\w*|approved(?!\s+of)|signed|instructed|directed|command(ed)?|initiated|told\s+\w+(\s+\w+)?\s+to|(came|comes|come)\s+from(?!\s+(the\s+)?(article|story|piece|report|officials|sources?|reports))|pushed\s+through|signed\s+off|ask\w*\s+(\w+\s+){0,3}to\s+(stop|halt|pause|end|cease|suspend|freeze)|request\w*\s+(the\s+|a\s+)?(halt|pause|stop|suspension|freeze)|(push|pushed|pushing|call|called|calling|lobbied|lobbying)\s+for\s+(the\s+|a\s+)?(halt|pause|stop|suspension|freeze))\b")]
    public static partial Regex DecisionWord();

    [GeneratedRegex(@"\b(halt\w*|paus\w*|stop\w*|suspen\w*|ceas\w*|freez\w*|froze|quit\w*)\b")]
    public static partial Regex HaltWord();

    [GeneratedRegex(@"\b(why|reasons?|reasoning|rationale|motive|motivation|motivated|purpose|goal|aim|aims|intended|meant\s+to|supposed\s+to|designed\s+to|trying\s+to|accomplish\w*|achieve|what\s+for|for\s+what|justif\w*|explanation|point\s+of|on\s+what\s+(grounds|basis)|want\w*\s+(with|from|out\s+of)|hop(e|es|ed|ing)\s+to|(is|was)\s+(this|it|that)\s+(just\s+)?because|what\s+(led|prompted|drove|motivated|pushed)\s+(\w+\s+){1,4}to|^what\s+(is\s+|s\s+)?the\s+point(\s+of\s+(this|it|that|the\s+\w+))?\s*$)\b")]
    public static partial Regex Why();

    /// <summary>Verbs (and their forms) that name a distinct act, which a question can only be asking about if the articles report it.</summary>
    [GeneratedRegex(@"^(resign\w*|quit|quits|quitting|retir\w*|fired|fire|firing|sacked|ousted|oust|impeach\w*|indict\w*|arrest\w*|sue|sued|suing|testif\w*|subpoena\w*|sanction\w*|retaliat\w*|apologi[sz]\w*|win|wins|won|winning|die|died|dying|killed|sign|signs|signed|signing|vote|votes|voted|voting|veto\w*|ratif\w*|ask|asks|asked|asking|request\w*|beg|begged|urg\w*|plead\w*|pleaded|demand\w*|threaten\w*|promis\w*|pledg\w*|invit\w*|visit\w*|phon\w*|call(ed)?|leak\w*|hack(ed)?|invad\w*|bomb\w*|strik\w*|struck|surrender\w*|withdr\w*|propos\w*|thank\w*|congratulat\w*|travel\w*|review\w*|revisit\w*|reconsider\w*|renew\w*|revers\w*|overturn\w*|repeal\w*|rescind\w*)$")]
    public static partial Regex DiscreteAct();

    /// <summary>"has Russia agreed to stop ...": an agreement is an act, not a view.</summary>
    [GeneratedRegex(@"\bagree\w*\s+to\s+(stop|halt|end|cease|pause|sign|meet|withdraw|resume|a|an|the|any|its|their)\b")]
    public static partial Regex AgreedTo();

    /// <summary>A question whose predicate is an event: "did/will X ...", "why/when/how did X ...", "who will / who's going to ...".</summary>
    [GeneratedRegex("^(" + LeadingFiller + @")*((why|when|how|where)\s+)?(did|does|do|will|would|has|have|had|is|are|was|were)\s+\w+|^(" + LeadingFiller + @")*who\s+(will|would|is\s+going\s+to|s\s+going\s+to|going\s+to|are\s+going\s+to|gonna)\b|^(" + LeadingFiller + @")*(what|which)\s+(\w+\s+){1,3}(did|does|will|has|have)\s+\w+\s+\w+|^(" + LeadingFiller + @")*who\s+\w+ed\b")]
    public static partial Regex AsksAboutAnEvent();

    /// <summary>"did Congress vote, or did the executive order it?": a choice between alternatives, one of which may be reported.</summary>
    [GeneratedRegex(@"(,\s*or\b|\bor\s+(did|was|were|is|does|do|has|had|someone|somebody|the|a|an|was\s+it|is\s+it)\b|\bor\s+not\b)")]
    public static partial Regex Choice();

    [GeneratedRegex(@"\b(respond\w*|react\w*|repl\w*|answer\w*|rebut\w*|hit\s+back|fire\w*\s+back|push\w*\s+back)\s+(to|at|against)\b|\b(think\w*|thought|feel\w*|felt|sa(y|ys|id)|opinions?|views?)\s+(of|about|on)\b|\bsa(y|ys|id)\s+(in\s+(response|reply)\s+to|back\s+to)\b")]
    public static partial Regex ReplyTo();

    /// <summary>"did Trump tell Hegseth …", "did Hegseth check with Waltz": one actor dealing directly with another.</summary>
    [GeneratedRegex(@"\b(tell|tells|told|instruct\w*|direct|directs|directed|order|orders|ordered|consult\w*|brief|briefs|briefed|pressur\w+|urg\w+|warn|warns|warned)\b|\b(check\w*|talk\w*|speak|speaks|spoke|coordinat\w+|confer\w*|clear\w*\s+it)\s+with\b")]
    public static partial Regex DealtWith();

    [GeneratedRegex(@"\b(order\w*|direct\w*|instruct\w*|tell|tells|told)\b")]
    public static partial Regex OrderingVerb();

    /// <summary>"was it the UK that paused ...?": a cleft naming who is supposed to have done it.</summary>
    [GeneratedRegex(@"^(was|is|were)\s+it\s+(the\s+)?(?<party>(?!(true|correct|right|accurate|so|possible|likely|fair|safe)\b)[a-z]+(\s+[a-z]+)?)\s+(that|who|which)\s+")]
    public static partial Regex Cleft();

    /// <summary>"has Trump already met Putin?", "did they meet yet?": whether a meeting took place.</summary>
    [GeneratedRegex("^(" + LeadingFiller + @")*((has|have|had|did)\s+.{0,40}\b(met|meet|sat\s+down|sit\s+down|meeting\s+(happen\w*|take\s+place|taken\s+place|took\s+place|been\s+held|occurred))|(where|when)\s+did\s+.{0,40}\b(meet|sit\s+down))\b")]
    public static partial Regex MetYet();

    /// <summary>"is Chuck Schumer the Senate Majority Leader?": whether a named person holds a title.</summary>
    [GeneratedRegex(@"^(is|was)\s+\w+(\s+\w+)?\s+(the|a|an|ukraine|russia|america|usa)\s+(\w+\s+){0,3}(president|pm|premier|secretary|adviser|advisor|senator|minister|leader|chief|head|chancellor)\s*$")]
    public static partial Regex HoldsTitle();

    /// <summary>"is Zelensky Ukraine's president or PM?": a choice between titles for a named person.</summary>
    [GeneratedRegex(@"\b(president|pm|prime\s+minister|premier|secretary|adviser|advisor|senator|minister|leader|chief|head|chancellor)\b.*\bor\b|\bor\b.*\b(president|pm|prime\s+minister|premier|secretary|adviser|advisor|senator|minister|leader|chief|head|chancellor)\b")]
    public static partial Regex RoleChoice();

    [GeneratedRegex(@"\b(?<event>meeting|summit|talks|call|visit|negotiations)\b")]
    public static partial Regex EventNoun();

    /// <summary>What came of an event: "the outcome of", "how did ... go", "what did they agree".</summary>
    [GeneratedRegex(@"\b(outcome|outcomes|result|results|resulted|came\s+out\s+of|come\s+out\s+of|how\s+did\s+.+\s+go|how\s+(was|were)\s+the|agree\w*|agreement|decided\s+at|conclu\w*|what\s+happened\s+(at|in|during)|what\s+was\s+said\s+(at|in|during)|success\w*|went\s+(well|badly))\b")]
    public static partial Regex OutcomeAsked();

    /// <summary>A sentence that frames an event as still to come.</summary>
    [GeneratedRegex(@"\b(plan\w*|upcoming|scheduled|expected\s+to|set\s+to|will\s+(meet|hold|visit)|to\s+meet|proposed|intend\w*)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PlannedEvent();

    /// <summary>"the administration's response to Russian cyber threats": a stance toward a topic, not a remark about the decision.</summary>
    [GeneratedRegex(@"\b(response|approach|stance|policy|position|attitude|posture)\s+(to|on|toward|towards|regarding)\b")]
    public static partial Regex PolicyToward();

    /// <summary>"a softer stance", "a more hawkish line": a stance described by its manner, which is policy, not a remark.</summary>
    [GeneratedRegex(@"\b(softer|harder|tougher|firmer|friendlier|warmer|harsher|conciliatory|hawkish|dovish|shifting|changed|more\s+\w+)\s+(stance|approach|posture|line|tone|attitude|position)\b")]
    public static partial Regex DescribedStance();

    [GeneratedRegex(@"\b(article|story|piece|report|opening|headline|lede|subhead\w*|intro\w*|paragraph|text|author|writer)\s+(say|says|said|state|states|mention|mentions|claim|claims|report|reports|use|uses|used|call|calls|called|give|gives)\b|\b(quote|cite)\s+the\s+(stated|exact|article)")]
    public static partial Regex TextSays();

    /// <summary>A person's life story: "Hegseth's military background".</summary>
    [GeneratedRegex(@"\b(background|biography|bio|resume|upbringing|military\s+(service|record|experience|career)|track\s+record|qualifications?)\b")]
    public static partial Regex Biography();

    /// <summary>
    /// "has the Pentagon said publicly why?", "did they release their reasoning?", "a memo explaining it?": whether the
    /// reasons were made public, which the articles answer when they say the rationale was not.
    /// </summary>
    [GeneratedRegex(@"\b(explain\w*|justif\w*)\s+(it|this|that|the\s+\w+)\s+(publicly|in\s+public|to\s+the\s+public)\b|\b(explain\w*|said|say|says|told|tell|give|given|gave|releas\w*|disclos\w*|reveal\w*|publish\w*|announc\w*|shar\w*|stated?|memo|statement)\b.*\b(why|reasons?|rationale|reasoning|justifications?|explanation|motives?)\b|\b(why|reasons?|rationale|reasoning|justifications?)\b.*\b(publicly|officially|on\s+the\s+record|made\s+public|hush|secret)\b|\bmemo\s+explaining\b|\bexplained\s+(it|this|that|the\s+(halt|pause|decision|move))\s+(publicly|officially)\b")]
    public static partial Regex RationaleDisclosureAsked();

    /// <summary>Nouns that ask for a reason in "on what grounds": a why question, not a thing the articles must name.</summary>
    [GeneratedRegex(@"^(grounds|basis|pretext|premise|motive|motives|motivation|rationale|reason|reasons|reasoning|justification|justifications|logic|thinking|purpose|goal|aim)$")]
    public static partial Regex ReasonNoun();

    [GeneratedRegex(@"\b(say|said|says|saying|think|thinks|thought|react|reacted|reaction|respond|responded|response|view|views|position|stance|opinion|argument|argue|argued|arguing|comment|comments|commented|statement|mood|sentiment|backs|backed|backing|take(?!\s+(place|part|effect|over))|takes|tell|told|suggest|suggests|suggested|defend|defended|defends|defending|justif\w*|defense\s+of|positions|quote|quoted|quotes|own\s+words|exact\s+words|word\s+for\s+word|verbatim|wonder|wondering|left\s+wondering|feel|feels|felt|criticiz\w*|criticis\w*|critique|support|supported|supports|oppose|opposed|opposes|praise|praised|endorse|endorsed|claim|claims|claimed|deny|denied|denies|fear|fears|feared|worried|worry|worries|concerned|concern|concerns|angry|mad|upset|happy|approv\w*\s+of|thrilled|pleased|glad|excited|cool\s+with|on\s+board|fine\s+with|in\s+favou?r|favou?r(s|ed)?|applaud\w*|cheer(s|ed)?|celebrat\w*|furious|outraged|annoyed|agree|agreed|disagree|disagreed|welcome|welcomed|back|backed|like|liked|complain\w*|object\w*|characteri[sz]\w*|describ\w*\b(?!\s+as\b)|thank|thanked|thanking|portray\w*|label\w*|stress\w*|emphasi[sz]\w*|highlight\w*|underscor\w*|insist\w*|stands?(?=\s*$|\s+on\b))\b")]
    public static partial Regex Reaction();

    [GeneratedRegex(@"\b(when(?!\s+\w+ing\b)|(what|which)\s+(date|day|time|month|year)|how\s+long\s+ago|before\s+or\s+after|timing|timeline|date|dates|what\s+time)\b")]
    public static partial Regex When();

    [GeneratedRegex("^(" + LeadingFiller + @")*how\s+(many|much)\b")]
    public static partial Regex StartsWithHowMany();

    /// <summary>"when did …", "when will …"; also "when's the meeting supposed to happen", whose "is" the reading drops.</summary>
    [GeneratedRegex("^(" + LeadingFiller + @")*when\s+((exactly\s+|precisely\s+)?(did|was|were|is|are|does|has|had|will|would|could|should)\b|(the|this|that|it)\s+(\w+\s+){0,4}(supposed|going|expected|set|due|scheduled|planned)\s+to\b)")]
    public static partial Regex StartsWithWhen();

    /// <summary>"is this a big deal?", "why does it matter?": the concerns and criticism the articles report answer it.</summary>
    [GeneratedRegex(@"\bwhat\s+are\s+the\s+(risks|dangers|downsides?)\s*$|^(so\s+|ok\s+|but\s+)?(why\s+(does|do|should)\s+(this|it|that|anyone|i|we|people)\s+(even\s+)?(matter|care)|why\s+(is|s)\s+(this|it|that)\s+(so\s+)?(important|significant|a\s+big\s+deal|a\s+problem|bad|concerning|worrying)|(does|do)\s+(this|it|that)\s+(even\s+|really\s+)?matter|is\s+(this|it|that)\s+(really\s+|even\s+)?(a\s+)?(big\s+deal|important|significant|serious|a\s+problem|concerning|worrying))\b|\bwhy\s+(it|this|that)\s+matters?\b|\bwhat(\s+is)?\s+the\s+(significance|big\s+deal|stakes)\b|\bat\s+stake\b")]
    public static partial Regex Significance();

    /// <summary>"the response from congress", "what did congress say": a reaction asked of some party.</summary>
    [GeneratedRegex(@"\b(reactions?|responses?|statements?|comments?)\s+(from|by)\s+\w+|\b(did|does|has|have)\s+(the\s+)?\w+\s+(say|said|think|react|respond|comment)\b")]
    public static partial Regex PartyReaction();

    /// <summary>"kremlin response?": a party's response asked in two words.</summary>
    [GeneratedRegex(@"^[a-z]+\s+(reaction|response|statement)s?$")]
    public static partial Regex BareResponse();

    /// <summary>"sum up the reactions", "who said what", "list every concern": all the reactions reported, not one.</summary>
    [GeneratedRegex(@"\b(the\s+reactions?|the\s+responses?|reactions?\s+(to|from|on)|responses?\s+(to|from|on)|(people|everyone|everybody|folks|others|the\s+public|observers)\s+(say|said|think|thought|react\w*|respond\w*|feel|felt|take|took)|(react|reacted|reacting|respond|responded|responding)\s*(to\s+\S+(\s+\S+)?)?\s*\??\s*$|who\s+said\s+what|^(any\s+|the\s+)?((public|official|political|initial|overall)\s+)?(reactions?|responses?)\s*\??\s*$|all\s+(the\s+)?sides|each\s+side|both\s+sides|(list|all|every|each)\s+(the\s+)?(concerns?|criticisms?|worries|fears|objections|reactions?|responses?|complaints?|warnings?))\b")]
    public static partial Regex AllReactionsAsked();

    /// <summary>"when does the pause end?", "when is it supposed to be lifted?": how long the thing lasts, not when it began.</summary>
    [GeneratedRegex(@"\bwhen\s+((is|are|does|do|will|would|should|could|might)\s+)?(it|this|that|(the\s+)?(\w+\s+){0,2}\w+(\s+(against|on)\s+\w+)?)\s+(supposed\s+to\s+|going\s+to\s+|gonna\s+|set\s+to\s+|expected\s+to\s+)?(ends?|stops?|finish(es)?|expires?|be\s+lifted|be\s+over|wrap\s+up|run\s+out|resumes?|restarts?)\b")]
    public static partial Regex WhenItEnds();

    [GeneratedRegex(@"\b(what\s+(date|day|time|month|year)|which\s+(date|day|month|year)|exact\s+(date|day|time)|exactly|specific\s+(date|day)|date|dates|scheduled|schedule)\b")]
    public static partial Regex ExactTime();

    [GeneratedRegex(@"\b(gonna|going\s+to|will|set\s+to|about\s+to)\s+(end|stop|be\s+lifted|be\s+over)\s+soon\b|^(so\s+)?(is|are)\s+(it|this|that|they|the\s+(halt|pause|suspension|ban|freeze))\s+(still\s+(going\s+on|happening|in\s+(effect|place)|on|ongoing)|over|done|finished)\s*$|\b(how\s+long|permanent\w*|temporar\w*|indefinite\w*|until\s+when|till?\s+when|how\s+much\s+longer|duration|when\s+will\s+(it|this|that|they|the\s+\w+(\s+\w+)?)\s+(end|stop|resume|restart|start\s+again|be\s+lifted|be\s+over|finish|come\s+back)|when\s+(does\s+)?(it|this|that|the\s+\w+)\s+(ends?|stops?|finish(es)?|resumes?)|when\b.*\b(start\w*\s+(up\s+)?again|start\w*\s+back|resum\w*|restart\w*|come\s+back|be\s+lifted)|(resume|restart|lifted|back\s+on|over\s+soon)\b.*\?|when\s+will\s+(it|this|that|the\s+\w+)\s+(end|stop|resume|be\s+lifted|be\s+over|finish)|forever|last\s+long|done\s+deal|set\s+in\s+stone|for\s+good|could\s+(it|this|that)\s+change|(is|it)\s+(this\s+|it\s+)?final)\b")]
    public static partial Regex HowLong();

    [GeneratedRegex(@"\bhow\s+long\b.*\b(has|have|been|ago|since|going\s+on|lasted)\b")]
    public static partial Regex HowLongPast();

    [GeneratedRegex(@"\b(how\s+(many|much)|number\s+of|cost|costs|budget|spend|spends|spending|percent|percentage|amount|statistics|stats|dollars|billion|million)\b")]
    public static partial Regex HowMany();

    [GeneratedRegex(@"\b((got|have|has|had)\s+to\s+do\s+with|connection|connected|link|linked|related|relationship|tied\s+(to|into|in)|ties?\s+(to|into|in)|tie\s+in|fit\s+with)\b")]
    public static partial Regex Relation();

    [GeneratedRegex(@"^(?:(?:what|how|why|when|where)\s+)?(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could)\s+(?:the\s+|a\s+|an\s+)?(?<subject>(?!(been|done|gone|made|said|drawn|taken|given|seen|known)\b)[a-z]+)\b(?<!ed)")]
    public static partial Regex AuxSubject();

    [GeneratedRegex(@"\bwhere\b(?!\s+(do|does|did)\s+.{1,40}\s+stands?\b)|\b(which|what)\s+(city|town|place|location|venue|capital)\b")]
    public static partial Regex Where();

    /// <summary>"how many articles do you have?", "what are your sources?": the corpus itself.</summary>
    [GeneratedRegex(@"^(so\s+|ok\s+)?(how\s+many\s+(articles|sources|stories)\s+(do\s+you\s+have|are\s+there|have\s+you\s+got|are\s+you\s+using|do\s+you\s+know)|what\s+(articles|sources|stories)\s+(do\s+you\s+have|are\s+you\s+using|have\s+you\s+got)|(list|show)\s+(me\s+)?(your|the)\s+(sources|articles)|what\s+(are\s+)?your\s+sources)\s*$")]
    public static partial Regex ArticlesAsked();

    /// <summary>Who gains or loses from the decision: "who benefits?", "who gets hurt by this", "winners and losers?".</summary>
    [GeneratedRegex(@"\b(who\s+(\w+\s+)?((?<gain>benefits?|gains?|wins?(?!\s+(the|a|an|this|that)\b)|profits?|comes\s+out\s+ahead|is\s+helped|gets\s+helped)|(?<loss>loses?(?!\s+(the|a|an|this|that)\b)|suffers?|pays(\s+the\s+price)?|is\s+(hurt|harmed)|gets\s+(hurt|harmed)))|who\s+stands\s+to\s+((?<gain>gain|benefit|profit)|(?<loss>lose|suffer))|who\s+(does|did|would|will)\s+(this|it|that|the\s+\w+)\s+((?<gain>help|benefit)|(?<loss>hurt|harm))|(?<gain>winners?)(\s+(and|&|or|n)\s+(?<loss>losers?))?|(?<loss>losers?))\b")]
    public static partial Regex StakeAsked();

    /// <summary>A word that only frames a stake question ("benefits", "losers"), not a topic the articles must use.</summary>
    [GeneratedRegex(@"^(benefits?|gains?|wins?|profits?|ahead|helped|loses?|suffers?|pays?|price|hurt|harmed|winners?|losers?|stands?|help|harm)$")]
    public static partial Regex StakeWord();

    /// <summary>"the secdef told the operators to stand down": telling someone to do something is an order.</summary>
    [GeneratedRegex(@"\btold\s+(\w+\s+){1,3}to\b")]
    public static partial Regex ToldToAct();

    /// <summary>"why are ppl saying this lets russia off the hook": a claim some party makes, asked about.</summary>
    [GeneratedRegex(@"^why\s+(are|do|did|is|would|were)\s+(people|ppl|folks|critics|they|some|many|democrats|experts|officials|everyone)\s+(\w+\s+)?(say|saying|said|claim|claiming|argue|arguing|think|thinking)\b")]
    public static partial Regex WhyPeopleSay();

    [GeneratedRegex(@"\bpart\s+of\b")]
    public static partial Regex PartOf();

    /// <summary>A remark that closes a message and asks nothing: "makes sense for a dem tbh", "lol", "thanks".</summary>
    [GeneratedRegex(@"^(makes?\s+sense|lol|lmao|tbh|ngl|just\s+curious|thanks|thank\s+you|thx|ty|seems|sounds|that'?s|figures|typical|classic|smh|ok|okay|cool|great|nice|wow|damn|yikes|ugh|wild|crazy|interesting)\b", RegexOptions.IgnoreCase)]
    public static partial Regex ClosingRemark();

    /// <summary>Questions about the article itself: its outlet, author, date or link.</summary>
    [GeneratedRegex(@"\b((news\s+)?outlet|publisher|publication\s+date|who\s+(wrote|authored|published|reported)\s+(this|it|the\s+(article|story|piece))|(which|what)\s+(news\s+)?(paper|newspaper|site|website|outlet|network|publication)|author|byline|the\s+reporter|journalist|(when|what\s+date)\s+was\s+(this|it|the)(\s+(article|story|piece))?\s+(published|written|posted)|(link|url)\s+(to|for)\s+(the|this)\s+(article|story|piece|source))\b")]
    public static partial Regex ArticleDetails();

    [GeneratedRegex(@"\b(where\s+(does|did|do)\s+.{0,40}\b(come|coming)\s+from|sources?\s*\??$|who\s+(says|said|reported|reports|disclosed|leaked)\s+(this|that|it)\s*$|how\s+do\s+(we|you|they)\s+know|according\s+to\s+whom|who\s+is\s+the\s+source|(?<!\bwhich\b.{0,40})\bsource\s+(for|of|behind)\s+(the|this|that)\s+(claim|line|report|statement|detail|assertion)|(who|which\s+\w+|whom)\s+(first\s+)?(leaked|leaks|leak)\b)\b")]
    public static partial Regex Sourcing();

    private static readonly HashSet<string> s_clauseVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "did", "does", "do", "has", "have", "had", "got", "gets", "will", "would", "can",
        "could", "should", "went", "said", "says", "ran", "made", "s", "been", "being", "be", "the", "a", "an", "of", "to",
        "gave", "gives", "give", "took", "takes", "came", "comes", "told", "tells", "got", "makes", "goes",
    };

    private static readonly HashSet<string> s_skip = new(StringComparer.Ordinal) { "kind", "sort", "type", "specific", "particular", "exact", "of" };

    /// <summary>The head noun of "which/what X ..." ("which cyber command unit was ..." → "unit"), or null.</summary>
    public static string? WhichHead(IReadOnlyList<QuestionWord> words)
    {
        // "what's waltz's angle" is "what is ...", not "what <noun>".
        if (words.Count < 2 || words[0].Lower is not ("which" or "what") || words[0].Original.Contains('\'') || words[0].Original.Contains('\u2019') || words[0].Original.Equals("whats", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var i = 1;
        while (i < words.Count && s_skip.Contains(words[i].Lower))
        {
            i++;
        }

        string? head = null;
        for (var n = 0; i < words.Count && n < 4; i++, n++)
        {
            var word = words[i].Lower;
            if (words[i].Original.EndsWith("'s", StringComparison.Ordinal) || words[i].Original.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                continue; // "which department's head": the head noun comes after the possessive
            }

            if (s_clauseVerbs.Contains(word))
            {
                break; // "which department boss gave the order": the verb ends the noun phrase
            }

            if (head is null && PersonCategory().IsMatch(word) && GenericWords.Contains(word))
            {
                head = word; // "which party is slamming it": a framing word that names a kind of person is the head
                continue;
            }

            if (GenericWords.Contains(word) || Bot.Core.Text.StopWords.IsStopWord(word))
            {
                if (head is null && !Bot.Core.Text.StopWords.IsStopWord(word))
                {
                    continue; // "which news outlet": a framing word before the head noun
                }

                if (head is not null && !Bot.Core.Text.StopWords.IsStopWord(word))
                {
                    return word; // "what broader goal": the generic noun is the head, "broader" only qualifies it
                }

                break;
            }

            if ((word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4) || word.EndsWith("ing", StringComparison.Ordinal))
            {
                break;
            }

            head = word;
        }

        return head;
    }

    /// <summary>"agency head", "department's boss": the word at <paramref name="i"/> only qualifies the kind of person after it.</summary>
    public static bool QualifiesPerson(IReadOnlyList<QuestionWord> words, int i) =>
        i >= 0 && i + 1 < words.Count && PersonCategory().IsMatch(words[i + 1].Lower);

    /// <summary>Nouns that ask for a kind or frame of something ("which group", "what government post"), not for a named thing.</summary>
    [GeneratedRegex(@"^(context|contexts|category|categories|class|area|areas|field|sector|domain|aspect|aspects|element|elements|topic|topics|subject|theme|themes|goal|goals|objective|objectives|post|office|capacity|group|groups|body|organization|organisation|institution|branch|level|dimension|realm|form|forms|sense|setting|kind|type|sort|role|position|job|title|stage|phase|factor|factors|concern|concerns|consideration|considerations|argument|arguments|point|points|department|agency|ministry|branch|unit|service|engagement|engagements|step|steps|action|actions|measure|measures|initiative|initiatives|event|events|incident|occasion)$")]
    public static partial Regex CategoryNoun();

    [GeneratedRegex(@"^(cabinet|member|members|official|officials|person|people|party|parties|side|politician|politicians|leader|leaders|guy|guys|dude|dudes|fella|fellas|gal|gals|lady|man|woman|lawmaker|lawmakers|senator|senators|secretary|adviser|advisor|minister|democrat|democrats|republican|republicans|one|ones|individual|figure|figures|staffer|aide|aides|head|heads|chief|chiefs|boss|bosses|group|groups|organization|organizations|organisation|organisations)$")]
    public static partial Regex PersonCategory();

    /// <summary>Category nouns the articles answer through the names they use (Russia is a country).</summary>
    [GeneratedRegex(@"^(country|countries|nation|nations|state|states|side|sides|government|governments)$")]
    public static partial Regex PlaceCategory();

    [GeneratedRegex(@"\b(which|what)\s+(specific|particular|exact)\b")]
    public static partial Regex AsksSpecifics();

    [GeneratedRegex(@"\b(did\s+what|what\s+(did|has|have)\s+.+\s+(do|done)\b|what\s+(is|was|were|are)\s+.+\s+(doing|up\s+to)\b|what\s+(role|part)\s+did)")]
    public static partial Regex Actions();

    /// <summary>Verbs that reverse a halt; a question built on them presumes something the articles do not report.</summary>
    [GeneratedRegex(@"\b(resum\w*|restart\w*|restor\w*|relaunch\w*|" + EscalationWords + @")\b")]
    public static partial Regex Reversal();

    /// <summary>Doing more of what was halted: the opposite direction of a halt, not a restart of it.</summary>
    public const string EscalationWords = @"escalat\w*|expand\w*|ramp\w*\s+up|step\w*\s+up|increas\w*";

    /// <summary>Verbs whose object is the halt itself: lifting or reversing it.</summary>
    [GeneratedRegex(@"\b(lift\w*|revers\w*|rescind\w*|revok\w*|undo\w*|undone|overturn\w*|scrap\w*|walk\w*\s+back|roll\w*\s+back)\b", RegexOptions.IgnoreCase)]
    public static partial Regex UndoHalt();

    [GeneratedRegex(@"(\bwhat\s+(does|do|did|is)\s+(the\s+word\s+|the\s+term\s+)?(?<term>(?!(this|that|it|these|those|he|she|they)\b)[a-z]+)\s+mean(s)?(\s+(here|in\s+(this|the)\s+\w+|exactly|in\s+(\w+\s+){0,10}\w+))?\s*$|\bwhat\s+(is|s)\s+(a|an)\s+(?<term>(?!(thing|lot|way|bit|deal|reason)\b)[a-z]+)\s*$|\bmeaning\s+of\s+(the\s+word\s+)?(?<term>[a-z]+)|\bdefine\s+(?<term>[a-z]+)|\bwhat\s+is\s+meant\s+by\s+(?<term>[a-z]+)|\bwhat\s+(do|does|did)\s+(they|the\s+articles?|the\s+article|it|he|she|the\s+writer|the\s+author)\s+mean\s+by\s+(?<term>[a-z]+))")]
    public static partial Regex Meaning();

    [GeneratedRegex(@"\bwhat\b.*\b(order|ordered|decide|decided|direct|directed|directive|issue|issued|sign|signed|approve|approved|mandate|mandated)\b|\b(directive|order)\b.*\bwhat\s+(was|is)\s+it\b")]
    public static partial Regex WhatDecided();

    /// <summary>"the main arguments against the halt", "the critics' objections": what is said against a decision.</summary>
    [GeneratedRegex(@"\b(argu\w*|critici\w*|objections?|complaints?|concerns|worries|pushback)\b")]
    public static partial Regex CaseAgainst();

    [GeneratedRegex(@"\bwhat\b.*\b(halt|halted|pause|paused|stop|stopped|suspend|suspended|cease|ceased|freeze|froze|frozen)\b")]
    public static partial Regex WhatHalted();

    [GeneratedRegex(@"\b(when|timeline|timeframe|time\s+frame|will|whether|if|any\s+chance|plans?\s+to|expected|soon|eventually|ever)\b")]
    public static partial Regex FutureTiming();

    /// <summary>Verbs of telling and admitting: a yes/no question with one asks what was said, not what was done.</summary>
    [GeneratedRegex(@"\b(explain\w*|releas\w*|conced\w*|admit\w*|acknowledg\w*|reveal\w*|announc\w*|public\w*|confirm\w*|disclos\w*|tell|told|say|said|mention\w*|address\w*|justif\w*)\b")]
    public static partial Regex Communication();

    [GeneratedRegex("^(" + LeadingFiller + @")*(was|were|did|is|has|had)\b.*\b(before|after|prior\s+to|ahead\s+of|following|precede\w*|predate\w*)\b")]
    public static partial Regex YesNoTiming();

    [GeneratedRegex(@"^(is|was|are|were|has|have)\s+there\s+(been\s+)?(a|an|any|some)?\b")]
    public static partial Regex ThereIs();

    [GeneratedRegex(@"^(was|is)\s+(this|it|that)\s+((the|a|an)\s+)?\w+\s+(own\s+)?(call|decision|idea|doing|order)\s+or\b|\bwhose\s+(call|decision|idea|order)\b|\b(it|this|that)\s+(is\s+|s\s+|was\s+)?\w+\s+(call|decision|doing|idea)\s+not\b|\b(come|came|comes)\s+(from|out\s+of)\s+(?!nowhere\b)(the\s+)?\w+(\s+\w+)?\s+or\b|\bpin\s+(it|this|that|the\s+\w+)\s+on\b")]
    public static partial Regex WhoseCall();

    /// <summary>"what criticism has the administration faced?": the actor named is the target of the reaction, not its source.</summary>
    [GeneratedRegex(@"\b(critici\w*|backlash|pushback|flak|heat|blame)\b.*\b(faced?|facing|receiv\w*|drawn|drew|draws?|gotten|got|gets?|getting|taken|take)\b|\bunder\s+fire\b|\bbeen\s+critici[sz]ed\b")]
    public static partial Regex CriticismReceived();

    /// <summary>"did it get any pushback?", "was there backlash?": whether anyone objected.</summary>
    [GeneratedRegex(@"\b(any|much|some|lot\s+of|get|got|gets|getting|gotten|draw|drew|drawn|face|faced|facing|receive|received|spark\w*|trigger\w*|provok\w*|caus\w*)\s+(any\s+|much\s+|some\s+|a\s+lot\s+of\s+)?(critici[sz]\w*|backlash|pushback|blowback|flak|opposition|objections?|outrage)\b|^(was|is|has)\s+there\s+(been\s+)?(any\s+)?(backlash|pushback|blowback|outrage|opposition)\b|\b(so\s+)?(controversial|contentious|divisive)\b|\bthe\s+controversy\b")]
    public static partial Regex CriticismAsked();

    /// <summary>"put these in order", "which came first": the order of events, not the order that was given.</summary>
    [GeneratedRegex(@"\b(during|while|amid|in\s+the\s+middle\s+of|at\s+the\s+time\s+of|after|following|in\s+response\s+to|in\s+retaliation\s+for|because\s+of)\s+(the|that|this|a|his|their)\s+|\bbecause\s+(?!of\b)(?=\w+\s+\w+)")]
    public static partial Regex DuringOrAfter();

    [GeneratedRegex(@"\b(prior\s+to|before|ahead\s+of|preceded)\b", RegexOptions.IgnoreCase)]
    public static partial Regex BeforeInText();

    [GeneratedRegex(@"\b(polls?|polling|pollsters?|surveys?|public\s+opinion|approval\s+ratings?|(most|many|how\s+many)\s+(americans|people|voters|citizens)\s+(think|support|oppose|back|want|agree|approve))\b")]
    public static partial Regex OpinionPoll();

    [GeneratedRegex(@"^(was|were|is)\s+.{1,30}\b(in\s+the\s+room|present|there|in\s+attendance|attending|at|part\s+of)\b.{0,40}\b(?<event>meeting|summit|talks|confrontation|call|session|hearing|briefing)\b")]
    public static partial Regex PresenceAsked();

    [GeneratedRegex("^(" + LeadingFiller + @")*(why|how\s+come)\b")]
    public static partial Regex StartsWithWhy();

    /// <summary>Words that place one event before or after another.</summary>
    [GeneratedRegex(@"\b(before|after|prior\s+to|ahead\s+of|following|preced\w*|predat\w*)\b")]
    public static partial Regex OrderWord();

    [GeneratedRegex(@"\b(put\s+(these|them|those|this|the\s+events|events)\s+in\s+order|in\s+(chronological|time)\s+order|chronolog\w*|sequence\s+of\s+events|order\s+of\s+events|which\s+(came|happened)\s+first|what\s+(came|happened)\s+first)\b")]
    public static partial Regex Sequence();

    /// <summary>A request for someone's exact words, which only a direct quotation in the articles can answer.</summary>
    [GeneratedRegex(@"\b((exact|own|actual|precise)\s+words|word\s+for\s+word|verbatim|what\s+exactly\s+did\s+\w+\s+say|exactly\s+what\s+\w+\s+(said|told)|direct(ly)?\s+quot\w*|quote\s+(him|her|them|\w+)|in\s+(his|her|their)\s+words)\b")]
    public static partial Regex VerbatimRequest();

    /// <summary>"why did Waltz order the halt?": a question that presumes who decided.</summary>
    [GeneratedRegex(@"\b(did|does|do|has|had|would)\s+(\w+\s+){1,3}(order|decide|issue|direct|sign|authori[sz]e|approve(?!\s+of)|mandate|call\s+for|request|demand|push\s+for|lobby\s+for|ask\s+(\w+\s+){0,3}to\s+(stop|halt|pause|end|cease|suspend|freeze))\b")]
    public static partial Regex PresumedDecider();

    [GeneratedRegex(@"\b(mentioned|named|identified|listed)\s+by\s+name|\bnames?\s+of\s+(the\s+)?(specific|particular)|\bwhat\s+are\s+(their|the)\s+names\b|\bby\s+name\b|\bnames\s*$|\b(need|want|give\s+me|any|with)\s+(the\s+|their\s+|some\s+)?names\b|\bnames\s+(please|pls|plz|to\s+call|and\s+(affiliations|titles))\b|\bnames\s+(or|and)\s+(organi[sz]ations|affiliations|institutions|titles|firms)\b|\b(can|could)\s+(you|u)\s+name\s+(them|any|those|these)\b|\bname\s+them\b|\bnames?\s+of\s+(the|any|those|these|that)\s+(\w+\s+)?(experts?|officials?|critics?|analysts?|sources?|advocates?|observers?|lawmakers?)\b|^((can|could)\s+(you|u)\s+)?name\s+(the|any|some|all)\s+((cybersecurity|security|democratic|other|specific|unnamed|anonymous|administration|us|u\.s\.|american|defense|intelligence)\s+)?(experts|officials|critics|people|leaders|democrats|republicans|advocates|observers|members|sources|analysts|lawmakers)\b")]
    public static partial Regex NamesAsked();

    [GeneratedRegex(@"^((why|how\s+come|when)\s+)?(did|have|has|were|are|do|which(?=\s+\w+(ans|ists|ers|ives|als|ats)\b))\s+((any|some|the|other)\s+)?((?<group>[a-z]+)\s+(leaders|lawmakers|senators|members|officials|politicians|voters)\b|(?<group>[a-z]+s)\b)")]
    public static partial Regex AbsentGroupSubject();

    [GeneratedRegex(@"\b(how\s+does\s+(the|this)\s+(article|story|piece|report)\s+(end|conclude|finish|wrap\s+up)|(last|final|closing|concluding)\s+(line|sentence|paragraph|part|bit|words|note)|(article|story|piece|report)\s+(leave|leaves|end|ends|conclude|concludes|wrap|wraps|close|closes|finish|finishes)\b(?!\s+out\b)(?!\s+(the|this|its|their)\s+(halt|pause|suspension|operations?|war|conflict))|conclusion\s+(at\s+the\s+end|of\s+the\s+(article|story|piece|report))|(what\s+is|what)\s+the\s+conclusion$|(at|in)\s+the\s+(very\s+)?end\s+of\s+the\s+(article|story|piece|report)|ending\s+of\s+the\s+(article|story|piece|report)|(article|story|piece|report)\s+ending)\b")]
    public static partial Regex ArticleEnd();

    [GeneratedRegex(@"\bwhat\s+(exactly\s+)?happened\s+(when|at|during)\b|\bwhat\s+(was|were)\s+(happening|going\s+on)\b")]
    public static partial Regex WhatHappened();

    [GeneratedRegex(@"^(what|which)\s+(?<head>[a-z]+)\s+(did|does|do|has|have|had)\s+(the\s+)?(?<subject>[a-z]+)\b")]
    public static partial Regex InstanceOf();

    [GeneratedRegex(@"\b(what\s+(do|dont|don't|does|doesnt)\s+(not\s+)?(we|they|you|i|the\s+articles?)\s+(not\s+)?know|what\s+((is|s|remains|are)\s+)?(still\s+)?(unknown|unclear|uncertain|not\s+known|not\s+clear|undisclosed|secret)|(known|clear)\s+yet|yet\s+(known|clear)|unanswered|open\s+questions|(what|which)\s+(parts?|aspects?|details?|pieces?)\s+.{0,40}\b(unexplained|unknown|unclear|undisclosed|secret|murky)|what\s+(is|s)\s+(left\s+)?unsaid|(things|points|matters|questions)\s+(that\s+)?(the\s+article\s+)?(\w+\s+){0,2}(remain|remains|are|is)\s+(still\s+)?(unknown|unclear|undisclosed|unanswered|uncertain)|hasn'?t\s+been\s+(said|disclosed|explained|made\s+public|revealed)|not\s+been\s+(disclosed|made\s+public|revealed|explained)|unknowns)\b")]
    public static partial Regex Unknowns();

    [GeneratedRegex(@"\b(done\s+deal|set\s+in\s+stone|for\s+good|could\s+(it|this|that)\s+change|(is|it)\s+(this\s+|it\s+)?final)\b")]
    public static partial Regex DoneDeal();

    /// <summary>"what's gonna happen now?": the outlook, which the articles give as what remains to be seen.</summary>
    [GeneratedRegex(@"\b((what|whats)\s+(is\s+|s\s+)?(gonna|going\s+to|will|would)\s+happen|what\s+happens\s+(now|next)|(what|whats)\s+(is\s+|s\s+)?next|where\s+(does\s+)?(this|it)\s+go(es)?\s+from\s+here|(fallout|outcome|result|consequences?|impact|ramifications?)\s+(is\s+)?(gonna|going\s+to|will|would)\s+be|((will|would|is)\s+(it|this|that|the\s+(halt|pause|move|decision|policy|suspension))|(it|this|that|the\s+(halt|pause|move|decision|policy|suspension))\s+(will|would|is))\s+(actually\s+|really\s+|even\s+|ever\s+)?(going\s+to\s+|gonna\s+)?(help|work(\s+out)?|pan\s+out|succeed|pay\s+off|backfire|bring\s+(about\s+)?(peace|an\s+end)|lead\s+to\s+peace|achieve|make\s+a\s+difference))\b")]
    public static partial Regex WhatNext();

    /// <summary>A sentence that says the outcome is still open: "remain to be seen", "question the future".</summary>
    [GeneratedRegex(@"\b(remains?\s+to\s+be\s+seen|question\s+the\s+future|future\s+of|yet\s+to\s+be\s+(seen|determined)|(remains?|is)\s+(uncertain|unclear))\b", RegexOptions.IgnoreCase)]
    public static partial Regex OpenOutlook();

    /// <summary>"does the U.S. still hack Russia?": whether an activity goes on, which the decision to stop it answers.</summary>
    [GeneratedRegex(@"\b(still|anymore|any\s+more|continu\w*|keep\w*|kept)\b")]
    public static partial Regex StillDoing();

    /// <summary>A question about consequences: "how could this affect Kyiv?", "bottom line for ukraine?".</summary>
    [GeneratedRegex(@"\b(affect\w*|impact\w*|effects?|bearing\s+on|mean\s+for|means\s+for|consequences?\s+(for|of)|implications?|bottom\s+line|happen\w*\s+to|fallout|ramifications?|at\s+stake|risks?\s+(for|to)|(why|how)\s+should\s+.{0,40}\b(worry|care|be\s+(worried|concerned)))\b")]
    public static partial Regex EffectAsked();

    [GeneratedRegex(@"^(affect\w*|impact\w*|effects?|mean|means|consequences?|implications?|bottom|line|happen\w*|fallout|ramifications?|result\w*|outcomes?)$")]
    public static partial Regex EffectWord();

    /// <summary>A sentence that forecasts an effect: "could dilute efforts", "could impact the personnel".</summary>
    [GeneratedRegex(@"\b(could|might|may|would|will)\s+(\w+\s+)?(impact|affect|dilute|weaken|undermine|hurt|harm|reduce|permit|allow|leave|expose)\w*|\b(?<outlook>ramifications|implications|consequences)\b", RegexOptions.IgnoreCase)]
    public static partial Regex ForecastEffect();

    /// <summary>Personal facts news copy rarely gives and the articles would have to state outright.</summary>
    [GeneratedRegex(@"\b(how\s+old|age\s+of|(s|his|her)\s+age|born|birthday|net\s+worth|married|wife|husband|children|kids|salary|how\s+tall|height|religion|hometown|education|degree|(job|role|position|career|work\w*)\s+before|before\s+(becoming|being|(he|she)\s+(was|became|took|joined)|taking\s+(office|the\s+job))|previous(ly)?\s+(job|role|position|career|worked)|(his|her)\s+(background|career)|prior\s+to\s+becoming|represents?|home\s+state|constituency|(which|what)\s+state\s+.*\bfrom\b|where\s+(is|s)\s+\w+(\s+\w+)?\s+from\b|how\s+long\s+has\s+\w+(\s+\w+)?\s+been\s+(the\s+)?(\w+\s+){0,2}(secretary|adviser|advisor|president|leader|senator|minister|in\s+office|in\s+(the|his|her)\s+(job|role|post)))\b")]
    public static partial Regex PersonalDetail();

    [GeneratedRegex(@"\w(['\u2019]s|s['\u2019])\s+(directive|order|decision|move|policy|call|announcement|instruction|memo|halt|pause)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PossessedDecision();

    [GeneratedRegex(@"\b(plan\w*|propos\w*|draft\w*|introduc\w*|seek\w*|pursu\w*|prepar\w*|consider\w*|threaten\w*)\s+(a\s+|an\s+|any\s+|new\s+|some\s+)?(?<thing>[a-z]{4,})\b")]
    public static partial Regex PlannedThing();

    [GeneratedRegex(@"\b(besides|other\s+than|apart\s+from|aside\s+from|except|beyond)\b|\b(which|what|any|the)\s+other\b|\bwho\s+else\b")]
    public static partial Regex OthersAsked();

    [GeneratedRegex(@"\b(propos\w*|recommend\w*|suggest\w*|advocat\w*|call(ed|ing|s)?\s+for|want\w*|urg\w*|push\w*\s+for|offer\w*)\b.*\b(instead|alternatives?|rather\s+than|in\s+place\s+of)\b|\b(what|which)\s+(alternative|other\s+option)s?\b")]
    public static partial Regex AlternativeAsked();

    [GeneratedRegex(@"\b(instead|rather\s+than|alternatives?|propos\w*|recommend\w*|called\s+for|calls\s+for|urg(ed|es|ing))\b", RegexOptions.IgnoreCase)]
    public static partial Regex AlternativeReported();

    /// <summary>"what did X say about how long it lasts": the topic of a statement asked for.</summary>
    [GeneratedRegex(@"\b(say|said|says|saying|comment\w*|talk\w*|remark\w*|speak|spoke|state\w*|claim\w*)\s+(anything\s+|something\s+|much\s+)?(about|regarding|concerning|on)\s+(?<topic>.{3,})$")]
    public static partial Regex SaidAbout();

    [GeneratedRegex(@"\b((which|what)\s+(political\s+)?party|party\s+(affiliation|membership|is\s+(he|she))|(is|was|s)\s+(he|she|\w+(\s+\w+)?)\s+(a|an)\s+(democrat|republican|conservative|liberal|tory|gop\w*|labou?r)\b)")]
    public static partial Regex PartyAsked();

    [GeneratedRegex(@"\b(democrat\w*|republican\w*|gop|conservatives?|tory|tories|liberals?|labou?r\s+party|green\s+party)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PartyName();

    [GeneratedRegex(@"\b((list|name)\s+(everyone|everybody|every\s+(named\s+)?(person|people|name|official)|all\s+(the\s+)?(named\s+)?(people|persons|players|names|officials|actors|figures))|who\s+((is|are|s|was|were)\s+)?(mentioned|named|involved|in\s+(the|this)\s+(story|article|piece))|(key|main)\s+(people|players|figures|actors)|cast\s+of\s+characters|who\s+s\s+who|names\s+of\s+(everyone|everybody|all\s+(the\s+)?(people|persons|officials|individuals))\s+(mentioned|named|quoted|in\s+(the|this)\s+(article|story|piece))|(which|what)\s+(people|persons|names|individuals|figures|politicians)\s+(does|do|did)\s+(the|this)\s+(article|articles|story|piece|report)\s+(\w+\s+)?(name|mention|identify|quote)|who\s+(does|do)\s+(the|this)\s+(article|articles|story|piece|report)\s+(\w+\s+)?(name|mention)|(which|what)\s+(people|persons|names|individuals|figures|politicians|officials|senators?|lawmakers?|leaders?|secretar(y|ies)|advisers?|advisors?)\s+(is\s+|are\s+)?(named?|mentioned|quoted|featured|in\s+(the|this)\s+(article|story|piece)))\b")]
    public static partial Regex ListActors();

    [GeneratedRegex(@"\b(been|being|is|was|were|are|get|got|getting|gets)\s+(criticized|criticised|attacked|slammed|blamed|accused|condemned|faulted|praised)\b|\bcriticisms?\s+(of|against|over)\b")]
    public static partial Regex Passive();

    /// <summary>Words for taking a side or voicing a view — what "who ... ?" asks about when it asks who reacted.</summary>
    [GeneratedRegex(@"\b(said|say|says|criticiz\w*|criticis\w*|oppos\w*|object\w*|support\w*|praise\w*|endorse\w*|defend\w*|deni\w*|deny|fear\w*|worr\w*|concern\w*|warn\w*|question\w*|disclos\w*|reveal\w*|welcom\w*|back(s|ed|ing)?|complain\w*|react\w*|respond\w*|comment\w*|push\w*\s+back|critical|voic\w*|express\w*|argu\w*|contend\w*|assert\w*|insist\w*|describ\w*|characteri[sz]\w*|label+ed|dubb\w*|branded|(attack\w*|slamm?\w*|blast\w*|ripp?\w*|bash\w*|trash\w*)\s+(it|this|that|(the\s+)?(\w+\s+)?(decision|move|shift|policy|halt|pause|order|directive|call|plan)))\b")]
    public static partial Regex StanceVerb();

    /// <summary>Plural nouns whose members have proper names: asking "which" of them asks for those names.</summary>
    [GeneratedRegex(@"^(groups|gangs|units|companies|company|firms|firm|banks|utilities|grids|hospitals|pipelines|incidents|breaches|cyberattacks|hacks|elections|agency|agencies|state|states)$")]
    public static partial Regex NameableInstances();

    /// <summary>Nouns the articles may use in general ("critical infrastructure"): "which" of them asks for names only when pressed for specifics.</summary>
    [GeneratedRegex(@"^(infrastructure|systems|sites|facilities|sectors|plants|targets)$")]
    public static partial Regex GeneralInstances();

    /// <summary>"specifically", "examples?", "actually hit", "power grid? water?": pressing for particular instances.</summary>
    [GeneratedRegex(@"\b(specific(ally)?|exactly|examples?|actually|particular|name\s+(them|some|one))\b")]
    public static partial Regex SpecificsPressed();

    [GeneratedRegex(@"\b(kinds?|types?|sorts?|categories|forms?)\s+of\b")]
    public static partial Regex KindsAsked();

    /// <summary>A particular time still to come: "next week", "tomorrow", "by Friday".</summary>
    [GeneratedRegex(@"\b(next\s+(\w+\s+)?(election|elections|summit|vote|session|term)|(20\d\d\s+)?midterms?(\s+elections?)?|20\d\d\s+(\w+\s+)?elections?|next\s+(week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|fall|autumn|winter)|tomorrow|this\s+weekend|(by|on)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")]
    public static partial Regex FutureDate();

    [GeneratedRegex(@"\b(lead|leads|led|leading|result\w*|bring|brings|brought|caus\w*|produc\w*|yield\w*)\s+(to|in|about)?\s*(a|an|the|any|some|more)?\s*(?<x>[a-z]+)\b")]
    public static partial Regex LedTo();

    /// <summary>"the minerals deal", "a sanctions bill": an instrument known by what it is about.</summary>
    [GeneratedRegex(@"\b(the|a|an|any|that|this)\s+([a-z]+\s+)?(?<x>[a-z]+)\s+(?<what>deal|agreement|treaty|accord|pact|bill|law|legislation|package|resolution|executive\s+order)\b")]
    public static partial Regex NamedInstrument();

    [GeneratedRegex(@"(^|\s)(was|is)\s+it\s+(about\s+)?(the|a|an)\s+(?<x>[a-z]+)(\s+[a-z]+)?\s*$")]
    public static partial Regex TrailingGuess();

    [GeneratedRegex(@"\bcode\s*names?\b|\b(official|formal)\s+name\b|\bname\s+of\s+the\s+(directive|order|memo|policy|operation)\b|\b(directive|order|memo)\s+(number|called|named)\b")]
    public static partial Regex CodeName();

    [GeneratedRegex(@"\b(legal|illegal|legality|lawful|unlawful|constitutional|unconstitutional|statutes?|statutory|legally)\b")]
    public static partial Regex LegalityAsked();

    /// <summary>"was the order written or verbal?", "by memo or email?": the form an order took.</summary>
    [GeneratedRegex(@"\b(written|in\s+writing|verbal(ly)?|oral(ly)?|by\s+(memo|email|e-mail|phone|letter)|signed\s+(memo|document))\b")]
    public static partial Regex OrderFormAsked();

    /// <summary>"was the halt brought up during the Zelensky meeting?": what was said at an event.</summary>
    [GeneratedRegex(@"\b(brought\s+up|bring\s+(it\s+)?up|discuss\w*|raised?|talk(ed)?\s+about|came\s+up|come\s+up|on\s+the\s+agenda)\b.*\b(during|at|in)\s+(the|that|their|this)\s+(\w+\s+){0,2}(meeting|call|summit|talks|visit|confrontation|hearing|session|debate)\b")]
    public static partial Regex DiscussedAt();

    [GeneratedRegex(@"\b(discuss\w*|brought\s+up|talked\s+about|agenda|on\s+the\s+table)\b")]
    public static partial Regex Discussion();

    [GeneratedRegex(@"\b(other|others|besides|apart\s+from|aside\s+from|except|beyond|in\s+addition\s+to|(anyone|anybody|who)\s+else)\b")]
    public static partial Regex OthersThan();

    [GeneratedRegex(@"\b(who\s+(are|were)\s+(the|these|those)|names?|named|which\s+(ones?|officials|experts|people|members))\b")]
    public static partial Regex AsksNames();

    [GeneratedRegex(@"\b(he|him|his|she|her|hers|they|them|their|it|this|that|the\s+move|the\s+decision)\b")]
    public static partial Regex Pronoun();

    [GeneratedRegex(@"\b(he|him|his|she|her|hers|(that|this|the\s+same|said)\s+(person|guy|man|woman|official))\b")]
    public static partial Regex PersonPronoun();

    /// <summary>"is Zelensky president or PM?": a yes/no opener.</summary>
    [GeneratedRegex(@"^(is|was)\b")]
    public static partial Regex IsOrWasOpener();

    /// <summary>"Waltz or Schumer, which one denied it?": two options offered with a "which"/"who".</summary>
    [GeneratedRegex(@"\bor\b.*\b(which|who)\b|\b(which|who)\b.*\bor\b")]
    public static partial Regex WhichOfTwo();

    [GeneratedRegex(@"\b(disclos\w*|reveal\w*|announc\w*|say|said|says)\b")]
    public static partial Regex DisclosedOrSaid();

    /// <summary>"the administration's approach", "hegseth's move": someone's decision named by its owner.</summary>
    [GeneratedRegex(@"\b(?<owner>[a-z]+)(?:'s|s')?\s+(?<owned>approach|policy|move|strategy|plan|stance|call|choice|order|directive|decision|halt|pause)\b")]
    public static partial Regex OwnedDecision();

    /// <summary>"did Hegseth explain his reasons?", "what was his rationale?": reasons asked for.</summary>
    [GeneratedRegex(@"\b(reasons?|reasoning|rationale|why|justif\w*|motives?)\b")]
    public static partial Regex RationaleUnknownAsked();

    /// <summary>A sentence that speaks of a decision's reasons: "the rationale behind this pause has not been made public".</summary>
    [GeneratedRegex(@"\b(rationale|reason\w*|motive\w*|justification|why)\b", RegexOptions.IgnoreCase)]
    public static partial Regex RationaleUnknown();
}

using System.Text.RegularExpressions;
using Bot.Core.Replies;

namespace Bot.Answering.Tests.Eval;

/// <summary>The verdict on one item, with the reasons it failed.</summary>
public sealed record EvalResult(EvalItem Item, BotReply Reply, IReadOnlyList<string> Failures)
{
    public bool Passed => Failures.Count == 0;
}

/// <summary>
/// Scores replies with the rules of shared/eval/README.md: every `must` group has an alternative in the answer
/// (case-insensitive), some citation quote contains a `support` string (white space and quote marks
/// normalised), no `forbid` pattern matches, `abstained` is right for the kind, and every quote is verbatim.
/// </summary>
public static class EvalScorer
{
    public static EvalResult Score(EvalItem item, BotReply reply, string corpusText)
    {
        var failures = new List<string>();
        var answer = reply.Text;
        foreach (var quote in reply.Citations.Select(c => c.Quote))
        {
            if (!corpusText.Contains(quote, StringComparison.Ordinal))
            {
                failures.Add($"quote not verbatim: {quote}");
            }
        }

        switch (item.Kind)
        {
            case "answer":
                if (reply.Abstained)
                {
                    failures.Add("abstained on an answerable question");
                }

                break;
            case "abstain":
                if (!reply.Abstained)
                {
                    failures.Add("answered a question the corpus does not answer");
                }

                break;
        }

        foreach (var group in item.Must ?? [])
        {
            if (!group.Any(alternative => answer.Contains(alternative, StringComparison.OrdinalIgnoreCase)))
            {
                failures.Add($"missing one of [{string.Join(", ", group)}]");
            }
        }

        if (item.Support is { Length: > 0 } support)
        {
            var quotes = reply.Citations.Select(c => Normalize(c.Quote)).ToArray();
            if (!support.Any(s => quotes.Any(q => q.Contains(Normalize(s), StringComparison.Ordinal))))
            {
                failures.Add("no citation quotes the supporting text");
            }
        }

        foreach (var pattern in item.Forbid ?? [])
        {
            if (Regex.IsMatch(answer, pattern, RegexOptions.IgnoreCase))
            {
                failures.Add($"forbidden pattern matched: {pattern}");
            }
        }

        return new EvalResult(item, reply, failures);
    }

    /// <summary>White space collapsed and typographic quotes folded, as the README prescribes.</summary>
    public static string Normalize(string text) =>
        Regex.Replace(text, @"\s+", " ").Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Trim();
}

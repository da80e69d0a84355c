using System.Text;

namespace Bot.Benchmarks;

/// <summary>
/// Generates news-like articles for scale runs: titled officials deciding things, stated reasons, critics,
/// unknowns and time cues, drawn from seeded word lists so every run builds the same corpus.
/// </summary>
public static class SyntheticArticles
{
    private static readonly string[] s_first = ["Ana", "Tom", "Maria", "James", "Priya", "Lena", "Omar", "Grace", "Ivan", "Chen", "Sofia", "Kofi", "Elena", "Raj", "Nina", "Paul"];
    private static readonly string[] s_last = ["Ruiz", "Becker", "Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Novak", "Mensah", "Kowalski", "Duarte", "Singh", "Halvorsen", "Petrov", "Adeyemi", "Costa"];
    private static readonly string[] s_roles = ["Transport Minister", "Finance Minister", "Health Secretary", "Governor", "Mayor", "Energy Secretary", "Trade Representative", "Education Minister", "Interior Minister", "Senate Majority Leader"];
    private static readonly string[] s_critics = ["Opposition Leader", "Senate Minority Leader", "Council Member", "Union Leader", "Party Chair"];
    private static readonly string[] s_actions = ["suspended the fuel tax", "halted the bridge project", "paused the visa program", "ordered a review of the grid contract", "froze the hiring plan", "cancelled the stadium subsidy", "delayed the rail tender", "lifted the export ban"];
    private static readonly string[] s_reasons = ["ease pressure on households", "align spending with the budget talks", "give negotiators more time", "protect the coastal reserve", "respond to the audit findings", "cut costs before the election"];
    private static readonly string[] s_topics = ["budget", "transit", "energy", "housing", "trade", "health", "schools", "water", "ports", "farming", "tourism", "digital"];
    private static readonly string[] s_places = ["Harbor City", "Northfield", "Westbridge", "Lakeport", "Eastmoor", "Riverton"];

    public static IEnumerable<(string Name, Func<byte[]> Read)> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = Article(random, i);
            yield return ($"article-{i:D5}.md", () => Encoding.UTF8.GetBytes(text));
        }
    }

    private static string Article(Random r, int n)
    {
        string Pick(string[] list) => list[r.Next(list.Length)];
        var decider = $"{Pick(s_first)} {Pick(s_last)}{n}";
        var critic = $"{Pick(s_first)} {Pick(s_last)}x{n}";
        var role = Pick(s_roles);
        var criticRole = Pick(s_critics);
        var action = Pick(s_actions);
        var topic = Pick(s_topics);
        var place = Pick(s_places);
        var text = new StringBuilder();
        text.Append("---\ntitle: ").Append(place).Append(' ').Append(Capitalize(topic)).Append(" Decision ").Append(n).Append("\noutlet: Synthetic Wire\n---\n");
        text.Append(role).Append(' ').Append(decider).Append(' ').Append(action).Append(" in ").Append(place).Append(" on Monday, officials said.\n");
        text.Append("The directive aims to ").Append(Pick(s_reasons)).Append(" as the ").Append(topic).Append(" debate continues.\n");
        text.Append(criticRole).Append(' ').Append(critic).Append(" criticized the move as reckless, arguing it leaves the ").Append(topic).Append(" plan without funding.\n");
        text.Append(decider.Split(' ')[1]).Append(" denied that the decision was political, emphasizing the need to ").Append(Pick(s_reasons)).Append(".\n");
        text.Append("Local experts fear that the change could weaken ").Append(topic).Append(" services in ").Append(place).Append(" for months.\n");
        text.Append("However, the full cost of the decision has not been made public, and its duration remains uncertain.\n");
        for (var p = 0; p < 6; p++)
        {
            text.Append("Residents of ").Append(place).Append(" said the ").Append(Pick(s_topics)).Append(" question has dominated meetings since ")
                .Append(r.Next(2, 9)).Append(" years ago, when the ").Append(Pick(s_topics)).Append(" office first raised it. ");
            text.Append("Analysts noted that ").Append(Pick(s_topics)).Append(" and ").Append(Pick(s_topics)).Append(" budgets are linked.\n");
        }

        return text.ToString();
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}

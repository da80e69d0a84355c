namespace Bot.Core.Replies;

/// <summary>The platform-neutral command set every adapter exposes.</summary>
public static class ReplyCommands
{
    public const string Ask = "ask";
    public const string Summary = "summary";
    public const string Who = "who";
    public const string Why = "why";
    public const string Timeline = "timeline";
    public const string Sources = "sources";

    public static IReadOnlyList<string> All { get; } = [Ask, Summary, Who, Why, Timeline, Sources];
}

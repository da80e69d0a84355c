using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Core.Replies;

namespace Bot.Host.Cli;

/// <summary>The JSON contract of the CLI: one object per reply.</summary>
public static class ReplyJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Serialize(BotReply reply) => JsonSerializer.Serialize(ToContract(reply), Options);

    public static JsonReply ToContract(BotReply reply) => new(
        reply.Command,
        reply.Question,
        reply.Text,
        reply.Abstained,
        reply.Citations.Select(c => new JsonCitation(c.Marker, c.ArticleId, c.PassageId, c.SentenceId, c.Quote, c.Title, c.Url)).ToArray(),
        reply.Items.Select(i => new JsonItem(i.Kind, i.Label, i.Text, i.Markers, i.Details)).ToArray(),
        reply.Engine,
        Math.Round(reply.ElapsedMs, 3),
        reply.Notes,
        reply.ResolvedQuestion,
        reply.Usage is { } usage ? new JsonUsage(usage.InputTokens, usage.OutputTokens, usage.TotalTokens, usage.ContextTokens) : null,
        reply.Verification is { } check ? new JsonVerification(check.Sentences, check.Kept, check.Removed, check.DanglingMarkers, check.Reattributed) : null,
        reply.Cached);
}

public sealed record JsonReply(
    string Command,
    string Question,
    string Answer,
    bool Abstained,
    IReadOnlyList<JsonCitation> Citations,
    IReadOnlyList<JsonItem> Items,
    string Engine,
    double ElapsedMs,
    IReadOnlyList<string> Notes,
    string? ResolvedQuestion,
    JsonUsage? Usage,
    JsonVerification? Verification,
    bool Cached);

/// <summary>Tokens the model used for this reply, and the tokens of article context sent to it.</summary>
public sealed record JsonUsage(int InputTokens, int OutputTokens, int TotalTokens, int ContextTokens);

/// <summary>What the citation check did: sentences read, kept and removed; markers pointing nowhere; sentences re-attributed.</summary>
public sealed record JsonVerification(int Sentences, int Kept, int RemovedSentences, int DanglingMarkers, int Reattributed);

public sealed record JsonCitation(int Marker, string ArticleId, string PassageId, string SentenceId, string Quote, string Title, string? Url);

public sealed record JsonItem(string Kind, string Label, string Text, IReadOnlyList<int> Markers, IReadOnlyDictionary<string, string>? Details);

namespace Bot.Core.Replies;

/// <summary>A numbered source of a reply. <see cref="Quote"/> is always a verbatim span of the cited passage.</summary>
public sealed record Citation(
    int Marker,
    string ArticleId,
    string PassageId,
    string SentenceId,
    string Quote,
    string Title,
    string? Url);

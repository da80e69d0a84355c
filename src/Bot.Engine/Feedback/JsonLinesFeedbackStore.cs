using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Bot.Engine.Feedback;

/// <summary>Appends feedback as one JSON object per line to <c>Feedback__Path</c> (when set) and keeps the latest in memory.</summary>
public sealed class JsonLinesFeedbackStore(IOptions<FeedbackOptions> options) : IFeedbackStore
{
    private const int KeepInMemory = 1_000;
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentQueue<FeedbackRecord> _recent = new();
    private readonly SemaphoreSlim _fileLock = new(1, 1);

    public IReadOnlyList<FeedbackRecord> Recent => [.. _recent];

    public async Task RecordAsync(FeedbackRecord record, CancellationToken cancellationToken)
    {
        _recent.Enqueue(record);
        while (_recent.Count > KeepInMemory && _recent.TryDequeue(out _))
        {
        }

        var path = options.Value.Path;
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        await _fileLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await File.AppendAllTextAsync(path, JsonSerializer.Serialize(record, s_json) + "\n", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _fileLock.Release();
        }
    }
}

public sealed class FeedbackOptions
{
    public const string Section = "Feedback";

    /// <summary>A JSON Lines file to append feedback to; empty keeps it in memory only.</summary>
    public string Path { get; set; } = "";
}

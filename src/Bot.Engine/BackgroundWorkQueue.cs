using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Engine;

/// <summary>
/// Work that happens after a chat platform has been acknowledged (answering, posting, recording feedback), run by a few
/// workers in the background so that every request is acked at once. A failure is logged, never thrown.
/// </summary>
public sealed class BackgroundWorkQueue(ILogger<BackgroundWorkQueue> logger) : BackgroundService
{
    private const int Workers = 8;
    private readonly Channel<Func<CancellationToken, Task>> _work = Channel.CreateBounded<Func<CancellationToken, Task>>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait });

    public bool TryEnqueue(Func<CancellationToken, Task> work)
    {
        if (_work.Writer.TryWrite(work))
        {
            return true;
        }

        logger.LogError("The background work queue is full; a request could not be answered");
        return false;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => RunWorkerAsync(stoppingToken)));

    private async Task RunWorkerAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in _work.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await work(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(ex, "Background work failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}

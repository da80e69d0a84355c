using System.Diagnostics;

namespace Bot.Slack.Protocol.Tests.SocketMode;

/// <summary>Waits on a condition (polling) instead of sleeping a guessed time.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    public static async Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > limit)
            {
                Assert.Fail($"Timed out after {limit.TotalSeconds:0.#} s waiting for {what}.");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Awaits <paramref name="task"/>, failing the test (rather than hanging) past the timeout.</summary>
    public static async Task CompletesAsync(Task task, string what, TimeSpan? timeout = null)
    {
        try
        {
            await task.WaitAsync(timeout ?? DefaultTimeout);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Timed out waiting for {what}.");
        }
    }
}

using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Protocol.Tests.Rest;

/// <summary>Drives a <see cref="FakeTimeProvider"/> in small steps, giving continuations real time to run between them.</summary>
internal static class FakeClock
{
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(50);

    /// <summary>Advances fake time step by step until <paramref name="done"/> holds (or a generous budget runs out).</summary>
    public static async Task RunUntilAsync(FakeTimeProvider time, Func<bool> done, double maxSeconds = 30)
    {
        var budget = TimeSpan.FromSeconds(maxSeconds);
        for (var elapsed = TimeSpan.Zero; !done() && elapsed < budget; elapsed += Step)
        {
            await SettleAsync();
            if (!done())
            {
                time.Advance(Step);
            }
        }

        await WaitForAsync(done);
    }

    /// <summary>Polls in real time until <paramref name="condition"/> holds; fails the test when it never does.</summary>
    public static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "condition never held");
    }

    /// <summary>Lets queued continuations run, to show that something did not happen.</summary>
    public static Task SettleAsync() => Task.Delay(20);
}

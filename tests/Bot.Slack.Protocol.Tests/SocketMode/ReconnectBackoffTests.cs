using Bot.Slack.Protocol.SocketMode;

namespace Bot.Slack.Protocol.Tests.SocketMode;

public sealed class ReconnectBackoffTests
{
    [Fact]
    public void Delays_Double_UpToTheCap()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), () => 1.0);

        var delays = Enumerable.Range(0, 9).Select(_ => backoff.Next().TotalSeconds);

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], delays);
    }

    [Fact]
    public void Jitter_StaysBetween80And100PercentOfTheNominalDelay()
    {
        var low = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), () => 0.0);
        var random = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

        Assert.Equal(TimeSpan.FromSeconds(0.8), low.Next());
        Assert.Equal(TimeSpan.FromSeconds(1.6), low.Next());
        for (var i = 0; i < 10; i++)
        {
            var nominal = Math.Min(Math.Pow(2, i), 60);
            Assert.InRange(random.Next().TotalSeconds, nominal * 0.8, nominal);
        }
    }

    [Fact]
    public void Reset_StartsOverFromTheInitialDelay()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), () => 1.0);
        backoff.Next();
        backoff.Next();
        backoff.Next();

        backoff.Reset();

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next());
    }

    [Fact]
    public void ManyFailures_DoNotOverflow()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), () => 1.0);

        for (var i = 0; i < 1000; i++)
        {
            Assert.InRange(backoff.Next(), TimeSpan.Zero, TimeSpan.FromSeconds(60));
        }
    }
}

using Microsoft.Extensions.Time.Testing;

namespace Bot.Slack.Tests;

public sealed class ResponseUrlBudgetTests
{
    private static readonly Uri Url = new("https://hooks.slack.com/commands/T1/1/abc");

    [Fact]
    public void FiveUses_TryUse_AllowedAndTheSixthIsNot()
    {
        var budget = new ResponseUrlBudget(new FakeTimeProvider());

        var uses = Enumerable.Range(0, 6).Select(_ => budget.TryUse(Url)).ToArray();

        Assert.Equal([true, true, true, true, true, false], uses);
    }

    [Fact]
    public void AfterThirtyMinutes_TryUse_IsRefused()
    {
        var time = new FakeTimeProvider();
        var budget = new ResponseUrlBudget(time);
        Assert.True(budget.TryUse(Url));

        time.Advance(TimeSpan.FromMinutes(29));
        Assert.True(budget.TryUse(Url));
        time.Advance(TimeSpan.FromMinutes(2));

        Assert.False(budget.TryUse(Url));
    }

    [Fact]
    public void RefusedBySlack_Exhaust_StopsFurtherUse()
    {
        var budget = new ResponseUrlBudget(new FakeTimeProvider());
        budget.TryUse(Url);

        budget.Exhaust(Url);

        Assert.False(budget.TryUse(Url));
    }
}

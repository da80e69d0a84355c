namespace Bot.Engine.Tests;

public sealed class BoundedMapTests
{
    [Fact]
    public void OverCapacity_GetOrAdd_ForgetsTheOldestFirst()
    {
        var map = new BoundedMap<string, int>(2);

        map.GetOrAdd("a", 1);
        map.GetOrAdd("b", 2);
        map.GetOrAdd("c", 3);

        Assert.Equal(2, map.Count);
        Assert.False(map.TryGet("a", out _));
        Assert.True(map.TryGet("c", out var c));
        Assert.Equal(3, c);
    }

    [Fact]
    public void ExistingKey_GetOrAdd_KeepsAndReturnsTheFirstValue()
    {
        var map = new BoundedMap<string, int>(10);
        map.GetOrAdd("a", 1);

        Assert.Equal(1, map.GetOrAdd("a", 2));
        Assert.Equal(1, map.Count);
    }
}

namespace Bot.Discord.Protocol.Tests.Gateway.Fakes;

/// <summary>Polls a condition in real time (the fake gateway and sockets are real), failing after a generous timeout.</summary>
public static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static async Task TrueAsync(Func<bool> condition, string because)
    {
        var until = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException(because);
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Gives something that should not happen a moment to happen anyway.</summary>
    public static Task QuietPeriodAsync() => Task.Delay(200);
}

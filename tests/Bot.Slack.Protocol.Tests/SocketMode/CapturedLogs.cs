using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Protocol.Tests.SocketMode;

/// <summary>Every log line written during a test, to check what is logged (and that the token never is).</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public string All => string.Join("\n", _lines);

    public ILogger<T> CreateLogger<T>() => new Logger<T>(new CapturedFactory(this));

    public ILogger CreateLogger(string categoryName) => new LineLogger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class CapturedFactory(CapturedLogs logs) : ILoggerFactory
    {
        public void AddProvider(ILoggerProvider provider)
        {
        }

        public ILogger CreateLogger(string categoryName) => logs.CreateLogger(categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class LineLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}

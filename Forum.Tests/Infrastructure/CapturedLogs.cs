using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Forum.Tests.Infrastructure;

/// <summary>Every log message the app writes, at every level, for tests that prove something is never logged.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyCollection<string> Messages => _messages;

    public void Clear() => _messages.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _messages);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue($"{category}: {formatter(state, exception)} {exception}");
    }
}

using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>An in-memory Serilog sink: the events exactly as the console sink receives them.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>
    /// The events matching <paramref name="match"/>, once there are any. The test server hands back a response as soon
    /// as it starts, so what is logged after that (the request log, an error logged after its response) may come later.
    /// </summary>
    public async Task<IReadOnlyList<LogEvent>> WaitForAsync(Func<LogEvent, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var found = Events.Where(match).ToList();
            if (found.Count > 0 || DateTime.UtcNow > deadline) return found;
            await Task.Delay(20);
        }
    }

    /// <summary>Everything an event would put in a log: the rendered message, every property value (nested ones too) and the exception.</summary>
    public static IEnumerable<string> TextsOf(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        yield return logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture);
        yield return logEvent.MessageTemplate.Text;
        foreach (var (name, value) in logEvent.Properties)
        {
            yield return name;
            foreach (var text in TextsOf(value)) yield return text;
        }
        if (logEvent.Exception is { } exception) yield return exception.ToString();
    }

    private static IEnumerable<string> TextsOf(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue scalar:
                yield return scalar.Value?.ToString() ?? "";
                break;
            case SequenceValue sequence:
                foreach (var text in sequence.Elements.SelectMany(TextsOf)) yield return text;
                break;
            case StructureValue structure:
                foreach (var property in structure.Properties)
                {
                    yield return property.Name;
                    foreach (var text in TextsOf(property.Value)) yield return text;
                }
                break;
            case DictionaryValue dictionary:
                foreach (var (key, item) in dictionary.Elements)
                {
                    foreach (var text in TextsOf(key).Concat(TextsOf(item))) yield return text;
                }
                break;
        }
        yield return value.ToString();
    }
}

using Serilog.Core;
using Serilog.Events;

namespace EngagementAdvisor.Web.Infrastructure;

/// <summary>
/// The host's log scope puts the raw request path on every event logged during a request (serilog-aspnetcore#232);
/// this rewrites it, and the hosting events' Path and QueryString, as above.
/// </summary>
public sealed class LogRedactionEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var name in (ReadOnlySpan<string>)["RequestPath", "Path", "QueryString"])
        {
            if (logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: string text })
            {
                var redacted = name == "QueryString" ? LogRedaction.Clean(LogRedaction.RedactQuery(text)) : LogRedaction.RedactPath(new PathString(text.StartsWith('/') ? text : "/" + text));
                if (name != "QueryString" && !text.StartsWith('/')) redacted = redacted[1..];
                if (!string.Equals(redacted, text, StringComparison.Ordinal)) logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(redacted)));
            }
        }
    }
}

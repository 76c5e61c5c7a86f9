using System.Threading.Channels;

namespace EngagementAdvisor.Web.Features.Workshops;

/// <summary>One open page's watch on one workshop (<see cref="WorkshopChanges.Watch"/>): a "changed" to read, at most one pending.</summary>
public sealed class WorkshopWatch(ChannelReader<bool> changes, Action stop) : IDisposable
{
    public ChannelReader<bool> Changes { get; } = changes;

    public void Dispose() => stop();
}

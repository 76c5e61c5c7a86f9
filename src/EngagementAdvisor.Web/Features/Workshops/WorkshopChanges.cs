using System.Globalization;
using System.Threading.Channels;
using EngagementAdvisor.Web.Infrastructure;

namespace EngagementAdvisor.Web.Features.Workshops;

/// <summary>
/// Who is watching which workshop on this instance, and telling them it changed. A change made here reaches the
/// pages open here at once; on PostgreSQL a <c>NOTIFY</c> on <see cref="ChannelName"/> carries the workshop's number
/// (never a token or a name) to the other instances, whose <see cref="ChangeListener"/> hands it back here. Each
/// watcher holds at most one pending "changed": ten saves in a burst make one refresh, not ten.
/// </summary>
public sealed class WorkshopChanges(IConfiguration configuration) : IChangeHandler
{
    public const string ChannelName = "ea_workshop_changed";

    // Under a lock: a watch that starts while the last one on the same workshop ends must not be dropped with its set.
    private readonly Dictionary<long, HashSet<Channel<bool>>> _watchers = [];
    private readonly Lock _lock = new();

    public string Channel => ChannelName;

    /// <summary>Starts watching a workshop; dispose the watch to stop.</summary>
    public WorkshopWatch Watch(long workshopId)
    {
        var channel = System.Threading.Channels.Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        lock (_lock)
        {
            if (!_watchers.TryGetValue(workshopId, out var set)) _watchers[workshopId] = set = [];
            set.Add(channel);
        }
        return new WorkshopWatch(channel.Reader, () =>
        {
            lock (_lock)
            {
                if (_watchers.TryGetValue(workshopId, out var set) && set.Remove(channel) && set.Count == 0) _watchers.Remove(workshopId);
            }
        });
    }

    public async Task ChangedAsync(long workshopId, CancellationToken cancellationToken = default)
    {
        Tell(workshopId);
        await ChangeListener.NotifyAsync(configuration, ChannelName, workshopId.ToString(CultureInfo.InvariantCulture), cancellationToken);
    }

    public void Heard(string payload)
    {
        if (long.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var workshopId)) Tell(workshopId);
    }

    /// <summary>How many pages watch workshops on this instance (for tests and logs).</summary>
    public int Watching
    {
        get
        {
            lock (_lock) return _watchers.Values.Sum(set => set.Count);
        }
    }

    private void Tell(long workshopId)
    {
        lock (_lock)
        {
            if (!_watchers.TryGetValue(workshopId, out var set)) return;
            // TryWrite never blocks: a full channel already holds a "changed".
            foreach (var channel in set) channel.Writer.TryWrite(true);
        }
    }
}

namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>
/// On PostgreSQL the limits count per clock minute (ADR 0023: one row per client, kind and minute), so a test that
/// spends a budget and expects a 429 must not straddle a minute's end, where the count starts again. In memory
/// (SQLite) each client's window starts with its first request and no wait is needed.
/// </summary>
public static class RateLimitWindow
{
    /// <summary>Returns once at least <paramref name="needed"/> (10 s by default) of the current minute remain.</summary>
    public static async Task StartWellInsideAsync(TimeSpan? needed = null)
    {
        if (!TestDatabase.OnPostgres) return;
        var now = DateTime.UtcNow;
        var left = TimeSpan.FromMinutes(1) - TimeSpan.FromTicks(now.Ticks % TimeSpan.TicksPerMinute);
        if (left < (needed ?? TimeSpan.FromSeconds(10))) await Task.Delay(left + TimeSpan.FromMilliseconds(200));
    }
}

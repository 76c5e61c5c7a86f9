namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>A clock the test moves by hand: starts at the real time, then only moves when told.</summary>
public sealed class ManualClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => Now;
}

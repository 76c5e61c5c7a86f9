using EngagementAdvisor.Web.Features.Workshops;
using Microsoft.Extensions.Configuration;

namespace EngagementAdvisor.Web.Tests.Workshops;

/// <summary>
/// Telling the pages open on a workshop that it changed: each page hears of its own workshop only, a burst of changes
/// makes one refresh rather than one per save, and a closed page stops being told.
/// </summary>
public sealed class WorkshopChangesTests
{
    private static WorkshopChanges Changes() => new(new ConfigurationBuilder().Build());

    [Fact]
    public async Task A_page_hears_its_own_workshop_once_per_burst_and_not_others()
    {
        var changes = Changes();
        using var mine = changes.Watch(1);
        using var other = changes.Watch(2);

        await changes.ChangedAsync(1);
        await changes.ChangedAsync(1);
        await changes.ChangedAsync(1);

        Assert.True(mine.Changes.TryRead(out _));
        Assert.False(mine.Changes.TryRead(out _));
        Assert.False(other.Changes.TryRead(out _));
    }

    [Fact]
    public void Another_instance_is_heard_by_the_workshop_number_it_sends_and_nonsense_is_ignored()
    {
        var changes = Changes();
        using var watch = changes.Watch(42);

        changes.Heard("not a number");
        changes.Heard("-42");
        Assert.False(watch.Changes.TryRead(out _));

        changes.Heard("42");
        Assert.True(watch.Changes.TryRead(out _));
    }

    [Fact]
    public async Task A_closed_page_is_forgotten_while_the_others_on_the_workshop_are_still_told()
    {
        var changes = Changes();
        var first = changes.Watch(7);
        using var second = changes.Watch(7);
        Assert.Equal(2, changes.Watching);

        first.Dispose();
        await changes.ChangedAsync(7);

        Assert.Equal(1, changes.Watching);
        Assert.True(second.Changes.TryRead(out _));
        second.Dispose();
        Assert.Equal(0, changes.Watching);
    }
}

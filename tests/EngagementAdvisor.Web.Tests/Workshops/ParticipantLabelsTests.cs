using EngagementAdvisor.Web.Features.Workshops;

namespace EngagementAdvisor.Web.Tests.Workshops;

/// <summary>How people are shown to the facilitator, to each other once revealed, and in the shared result.</summary>
public sealed class ParticipantLabelsTests
{
    [Fact]
    public void A_named_workshop_shows_names_with_roles()
    {
        var labels = WorkshopState.Labels([(1, "Dana", "CTO"), (2, "Sam", null)], anonymous: false);
        Assert.Equal(["Dana (CTO)", "Sam"], labels);
    }

    [Fact]
    public void An_anonymous_workshop_never_shows_a_name_even_if_one_was_stored()
    {
        var labels = WorkshopState.Labels([(1, "Dana", "CTO"), (2, null, "CFO")], anonymous: true);
        Assert.Equal(["CTO", "CFO"], labels);
    }

    [Fact]
    public void People_who_would_read_the_same_are_told_apart_by_join_order()
    {
        var labels = WorkshopState.Labels([(1, null, "CTO"), (2, null, "cto"), (3, null, null), (4, null, "CFO")], anonymous: true);
        Assert.Equal(["CTO, participant 1", "cto, participant 2", "Participant 3", "CFO"], labels);
    }
}

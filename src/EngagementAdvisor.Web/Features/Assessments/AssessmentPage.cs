namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>
/// One page of the admin's list, newest first, and whether there are results on either side of it. Paged by key (the
/// creation time and id of the rows at its edges), so every page costs the same whatever the number of results.
/// </summary>
public sealed record AssessmentPage(IReadOnlyList<AssessmentSummary> Rows, bool HasNewer, bool HasOlder)
{
    /// <summary>The id to ask for the page of newer results with (<c>after</c>), when there is one.</summary>
    public long? NewerFrom => HasNewer && Rows.Count > 0 ? Rows[0].Id : null;

    /// <summary>The id to ask for the page of older results with (<c>before</c>), when there is one.</summary>
    public long? OlderFrom => HasOlder && Rows.Count > 0 ? Rows[^1].Id : null;
}

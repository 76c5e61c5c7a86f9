namespace EngagementAdvisor.Web.Features.Workshops;

/// <summary>What closing a workshop came to.</summary>
public enum CloseOutcome
{
    Closed,

    /// <summary>Nobody who counts has answered: there is nothing to close into a result.</summary>
    NobodyCounts,

    /// <summary>It was closed (or deleted) already, perhaps by the same facilitator in another tab.</summary>
    AlreadyClosed,
}

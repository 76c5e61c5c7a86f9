using EngagementAdvisor.Web.Features.Assessments;

namespace EngagementAdvisor.Web.Features.Workshops;

/// <summary>
/// What a workshop link finds: the workshop (and, from a participant's link, that participant), a workshop its
/// facilitator deleted (410), or nothing (404).
/// </summary>
public sealed record WorkshopLookup(Lookup Outcome, WorkshopState? Workshop, ParticipantState? Participant = null)
{
    public static readonly WorkshopLookup Gone = new(Lookup.Gone, null);
    public static readonly WorkshopLookup Missing = new(Lookup.Missing, null);
}

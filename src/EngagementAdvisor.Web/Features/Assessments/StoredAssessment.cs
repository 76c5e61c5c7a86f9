using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>A stored assessment as the result page, the API and the admin see it.</summary>
public sealed record StoredAssessment(string Token, DateTime CreatedAt, int WeightsVersion, Core.Questions.Answers Answers, Advice Advice)
{
    public Recommendation Recommendation => Advice.Recommendation;

    /// <summary>The share token of the result these answers were adjusted from, if any.</summary>
    public string? AdjustedFrom { get; init; }

    /// <summary>For a result a workshop was closed into: who took part and the facts they settled; null otherwise.</summary>
    public Workshops.FrozenWorkshop? Workshop { get; init; }
}

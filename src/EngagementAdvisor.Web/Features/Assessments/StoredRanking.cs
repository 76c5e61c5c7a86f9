using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>The part of a stored advice document that lists read: the ranking (the rest of the document is skipped).</summary>
internal sealed record StoredRanking(StoredRanking.Part Recommendation)
{
    internal sealed record Part(IReadOnlyList<ModelScore> Ranking);
}

using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>A stored result as the admin list, the CSV export and the weights preview read it: by id, with its answers and ranking.</summary>
public sealed record AssessmentSummary(
    long Id, DateTime CreatedAt, int WeightsVersion, Core.Questions.Answers Answers, EngagementModel Recommended, IReadOnlyList<ModelScore> Ranking);

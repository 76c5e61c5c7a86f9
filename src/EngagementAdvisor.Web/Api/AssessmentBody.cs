using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Features.Assessments;

namespace EngagementAdvisor.Web.Api;

/// <summary>The assessment as the JSON API returns it. The field names are a public contract.</summary>
public sealed record AssessmentBody(
    string Token,
    Uri Url,
    EngagementModel Recommendation,
    IReadOnlyList<ModelScore> Ranking,
    int WeightsVersion,
    Core.Questions.Answers Answers,
    DateTime CreatedAt,
    IReadOnlyList<Reason> ReasonsFor,
    IReadOnlyList<Reason> ReasonsAgainst,
    IReadOnlyList<FactorContribution> Contributions,
    IReadOnlyList<AppliedKnockOut> KnockOuts,
    Robustness Robustness,
    IReadOnlyList<Tension> Tensions,
    CostEstimate Costs)
{
    /// <summary>Only in the 201 answer to the POST: the private link that can delete the result.</summary>
    public Uri? ManageUrl { get; init; }

    /// <summary>The result these answers were adjusted from, when they were.</summary>
    public Uri? AdjustedFromUrl { get; init; }

    /// <summary>How to set the recommended engagement up, where the middle ground fits (added with issue 18; absent before).</summary>
    public PracticalForm? PracticalForm { get; init; }

    public static AssessmentBody From(StoredAssessment stored, Uri resultUrl)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var r = stored.Recommendation;
        return new(stored.Token, resultUrl, r.Recommended, r.Ranking, stored.WeightsVersion, stored.Answers,
            stored.CreatedAt, r.ReasonsFor, r.ReasonsAgainst, r.Contributions, r.KnockOuts,
            stored.Advice.Robustness, stored.Advice.Tensions, stored.Advice.Costs)
        {
            AdjustedFromUrl = stored.AdjustedFrom is { } from ? new Uri(resultUrl, ResultLinks.PathOf(from)) : null,
            PracticalForm = stored.Advice.PracticalForm,
        };
    }
}

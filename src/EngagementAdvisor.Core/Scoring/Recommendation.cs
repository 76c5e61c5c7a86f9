using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>The outcome of scoring one set of answers with one weight set.</summary>
public sealed record Recommendation(
    IReadOnlyList<ModelScore> Ranking,
    IReadOnlyList<FactorContribution> Contributions,
    IReadOnlyList<Reason> ReasonsFor,
    IReadOnlyList<Reason> ReasonsAgainst)
{
    /// <summary>Categorical rules that fired, applied on top of the weighted sum.</summary>
    public IReadOnlyList<AppliedKnockOut> KnockOuts { get; init; } = [];

    public EngagementModel Recommended => Ranking[0].Model;

    public EngagementModel RunnerUp => Ranking[1].Model;

    public double ScoreOf(EngagementModel model) => Ranking.First(entry => entry.Model == model).Score;
}

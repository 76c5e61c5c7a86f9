using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>A model's place in the ranking: 0–100, one decimal.</summary>
public sealed record ModelScore(EngagementModel Model, double Score)
{
    /// <summary>True when a knock-out rule excluded the model; it then ranks below every other.</summary>
    public bool RuledOut { get; init; }
}

/// <summary>
/// What one answered factor added to (or took from) each model's score, in score points.
/// The 50-point baseline plus every factor's points is the model's score.
/// </summary>
public sealed record FactorContribution(Factor Factor, string Level, IReadOnlyList<double> Points)
{
    public double For(EngagementModel model) => Points[(int)model];
}

/// <summary>A plain-language reason tied to one of the user's answers.</summary>
public sealed record Reason(Factor Factor, string Level, double Points, string Text, IReadOnlyList<string> Facts);

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

    public double ScoreOf(EngagementModel model)
    {
        foreach (var entry in Ranking)
        {
            if (entry.Model == model) return entry.Score;
        }
        throw new ArgumentOutOfRangeException(nameof(model));
    }
}

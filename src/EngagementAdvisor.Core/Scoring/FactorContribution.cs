using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// What one answered factor (a question id) added to (or took from) each model's score, in score points, in model order.
/// The 50-point baseline plus every factor's points is the model's score.
/// </summary>
public sealed record FactorContribution(string Factor, string Level, IReadOnlyList<double> Points)
{
    public double For(EngagementModel model) => Points[(int)model];
}

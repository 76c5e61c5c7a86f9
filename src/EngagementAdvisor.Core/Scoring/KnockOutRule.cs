using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// A verdict from the sources, applied on top of the weighted sum: when the answer to the factor <see cref="Factor"/>
/// (a question id) is <see cref="Level"/>, <see cref="Model"/> is penalised or ruled out. For a number the penalty
/// applies in proportion to how much the answer belongs to that level, so it fades as the number moves away.
/// Rules are data in the weight set, so admins can edit them and results keep the rules they were scored with.
/// </summary>
public sealed record KnockOutRule(
    string Id, string Factor, string Level, string Model, KnockOutEffect Effect, int Penalty, string Reason, IReadOnlyList<string> Facts)
{
    public const int MaxPenalty = 100;

    /// <summary>The rule as a result records it, at <paramref name="strength"/>.</summary>
    public AppliedKnockOut Applied(double strength = 1) => EngagementModels.TryParse(Model, out var model)
        ? new AppliedKnockOut(Id, model, Effect, Effect == KnockOutEffect.Penalty ? PointsAt(strength) : 0, Reason, Facts)
        : throw new InvalidOperationException($"Rule {Id} names no model.");

    /// <summary>The points a penalty takes at <paramref name="strength"/>, to one decimal: what the result shows is what the score lost.</summary>
    public double PointsAt(double strength) => Math.Round(Penalty * strength, 1, MidpointRounding.AwayFromZero);
}

using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Scoring;

public enum KnockOutEffect
{
    /// <summary>The model is ruled out: it keeps its score for reference but ranks below every model that is not.</summary>
    Exclude,

    /// <summary>The model loses <see cref="KnockOutRule.Penalty"/> score points.</summary>
    Penalty,
}

/// <summary>
/// A categorical rule from the sources, applied on top of the weighted sum: when the answer to
/// <see cref="Factor"/> is <see cref="Level"/>, <see cref="Model"/> is ruled out or penalised.
/// Rules are data in the weight set, so admins can edit them and results keep the rules they were scored with.
/// </summary>
public sealed record KnockOutRule(
    string Id, string Factor, string Level, string Model, KnockOutEffect Effect, int Penalty, string Reason, IReadOnlyList<string> Facts)
{
    public const int MaxPenalty = 100;

    public bool Matches(Questions.Answers answers, EngagementModel model)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (!EngagementModels.TryParse(Model, out var target) || target != model) return false;
        if (!Scoring.Factors.TryParse(Factor, out var factor)) return false;
        var level = answers.LevelOf(factor);
        return level >= 0 && Scoring.Factors.Get(factor).Levels[level].Id == Level;
    }
}

/// <summary>A knock-out rule that fired for one assessment.</summary>
public sealed record AppliedKnockOut(string RuleId, EngagementModel Model, KnockOutEffect Effect, double Points, string Reason, IReadOnlyList<string> Facts);

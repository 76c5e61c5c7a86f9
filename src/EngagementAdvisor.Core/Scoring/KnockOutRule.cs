using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// A categorical rule from the sources, applied on top of the weighted sum: when the answer to the factor
/// <see cref="Factor"/> (a question id) is <see cref="Level"/>, <see cref="Model"/> is ruled out or penalised.
/// Rules are data in the weight set, so admins can edit them and results keep the rules they were scored with.
/// </summary>
public sealed record KnockOutRule(
    string Id, string Factor, string Level, string Model, KnockOutEffect Effect, int Penalty, string Reason, IReadOnlyList<string> Facts)
{
    public const int MaxPenalty = 100;

    /// <summary>Whether the rule fires for these answers. A rule naming an unknown model, question or level never fires.</summary>
    public bool Fires(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return EngagementModels.TryParse(Model, out _)
            && answers.Questionnaire.Find(Factor) is { IsScored: true } question
            && string.Equals(answers.LevelId(question), Level, StringComparison.Ordinal);
    }

    /// <summary>The rule as a result records it once it has fired.</summary>
    public AppliedKnockOut Applied() => EngagementModels.TryParse(Model, out var model)
        ? new AppliedKnockOut(Id, model, Effect, Effect == KnockOutEffect.Penalty ? Penalty : 0, Reason, Facts)
        : throw new InvalidOperationException($"Rule {Id} names no model.");
}

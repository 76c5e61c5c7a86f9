namespace EngagementAdvisor.Core.Scoring;

public enum KnockOutEffect
{
    /// <summary>The model is ruled out: it keeps its score for reference but ranks below every model that is not.</summary>
    Exclude,

    /// <summary>The model loses <see cref="KnockOutRule.Penalty"/> score points.</summary>
    Penalty,
}

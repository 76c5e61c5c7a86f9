namespace EngagementAdvisor.Core.Questions;

/// <summary>
/// Whether an answer states a fact about the client or a preference of the person answering. When several stakeholders
/// answer apart, a disagreement on a fact is an information gap a facilitator settles by entering the agreed value; a
/// disagreement on a preference is kept, aggregated, and may decide the result (issue 23).
/// </summary>
public enum AnswerNature
{
    /// <summary>What someone wants or expects (control, scope, where the team sits, how sensitive the data is).</summary>
    Preference,

    /// <summary>What is so, whoever answers (budget, duration, team size, when work must start, in-house capacity, the law).</summary>
    Fact,
}

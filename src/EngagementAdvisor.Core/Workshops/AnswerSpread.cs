using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Workshops;

/// <summary>
/// How the people answered one scored question: how many gave each level (a number counts at the level nearest it),
/// how many answered at all, how much they disagree over the levels (<see cref="Disagreement"/>), and the different
/// answers given (numbers from the lowest: $150,000 and $900,000 can share a level and still be a gap to settle), each
/// with how many gave it (<see cref="GivenCounts"/>, in the same order).
/// </summary>
public sealed record AnswerSpread(Question Question, IReadOnlyList<int> Counts, int Answered, double Disagreement, IReadOnlyList<string> Given, IReadOnlyList<int> GivenCounts)
{
    public string DisagreementWords => Workshops.Disagreement.Words(Disagreement);

    /// <summary>A fact people gave different answers to: an information gap for the facilitator to settle, not a view to average.</summary>
    public bool IsOpenFact => Question.Nature == AnswerNature.Fact && Given.Count > 1;
}

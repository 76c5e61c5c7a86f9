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
    /// <summary>
    /// The spread in words a client reads without a legend, from the counts rather than the index: "everyone agrees",
    /// "most agree (2 of 3)", "split, no majority", "everyone differs"; numbers in one range that still differ say so.
    /// </summary>
    public string DisagreementWords
    {
        get
        {
            if (Answered == 0) return "nobody answered";
            var most = Counts.Max();
            if (most == Answered) return Given.Count > 1 ? "different answers within one range" : "everyone agrees";
            if (most * 2 > Answered) return $"most agree ({most} of {Answered})";
            return Counts.Count(c => c > 0) == Answered ? "everyone differs" : "split, no majority";
        }
    }

    /// <summary>A fact people gave different answers to: an information gap for the facilitator to settle, not a view to average.</summary>
    public bool IsOpenFact => Question.Nature == AnswerNature.Fact && Given.Count > 1;
}

using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// What differs between two weight sets, in words, grouped as an admin thinks of them: the factors (importance and
/// how each answer leans), the knock-out rules, and the cost assumptions. Versions are compared by what they do, so
/// a value a version does not store but reads as the same (a level without affinity, an assumption at its default)
/// is no difference.
/// </summary>
public sealed record WeightSetDifferences(
    IReadOnlyList<WeightChange> Factors, IReadOnlyList<WeightChange> KnockOuts, IReadOnlyList<WeightChange> Costs)
{
    public int Count => Factors.Count + KnockOuts.Count + Costs.Count;

    public bool IsEmpty => Count == 0;

    /// <summary>
    /// The differences from <paramref name="before"/> to <paramref name="after"/>, factors in the order of
    /// <paramref name="questionnaire"/>.
    /// </summary>
    /// <param name="assumptionsInBefore">
    /// The keys (<see cref="Costs.AssumptionField.Key"/>) of the cost assumptions the older version's document holds;
    /// one it lacks was added later and reads as its default. Null when it holds them all. A <see cref="WeightSet"/>
    /// cannot tell: it fills what is missing with the default when it is read.
    /// </param>
    /// <param name="assumptionsInAfter">The same for the newer version.</param>
    public static WeightSetDifferences Between(
        WeightSet before, WeightSet after, Questionnaire questionnaire,
        IReadOnlySet<string>? assumptionsInBefore = null, IReadOnlySet<string>? assumptionsInAfter = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(questionnaire);
        return new(
            FactorDifferences.Between(before, after, questionnaire),
            KnockOutDifferences.Between(before.KnockOuts, after.KnockOuts, questionnaire),
            AssumptionDifferences.Between(before.Costs, after.Costs, assumptionsInBefore, assumptionsInAfter));
    }
}

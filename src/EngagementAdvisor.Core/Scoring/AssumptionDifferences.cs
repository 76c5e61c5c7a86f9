using EngagementAdvisor.Core.Costs;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// The cost assumptions' side of <see cref="WeightSetDifferences"/>, through their one definition
/// (<see cref="AssumptionFields.All"/>): each assumption by its name, each end of a range that moved on its own row
/// ("Hourly rate, outstaffing and staff augmentation — likely: $45/hr → $50/hr").
/// </summary>
internal static class AssumptionDifferences
{
    private static readonly RangeEnd[] Ends = [RangeEnd.Low, RangeEnd.Likely, RangeEnd.High];
    private static readonly RangeEnd[] OneValue = [RangeEnd.Likely];

    public static IReadOnlyList<WeightChange> Between(
        CostAssumptions before, CostAssumptions after, IReadOnlySet<string>? inBefore, IReadOnlySet<string>? inAfter)
    {
        var changes = new List<WeightChange>();
        foreach (var field in AssumptionFields.All)
        {
            var was = field.ValueIn(before);
            var now = field.ValueIn(after);
            var storedBefore = inBefore?.Contains(field.Key) ?? true;
            var storedAfter = inAfter?.Contains(field.Key) ?? true;
            foreach (var end in field.IsRange ? Ends : OneValue)
            {
                if (was.At(end) == now.At(end)) continue;
                var subject = field.IsRange ? $"{field.Label} — {EndWord(end)}" : field.Label;
                changes.Add(new(subject, Value(field, was.At(end), storedBefore), Value(field, now.At(end), storedAfter)));
            }
        }
        return changes;
    }

    private static string EndWord(RangeEnd end) => end switch
    {
        RangeEnd.Low => "low",
        RangeEnd.Likely => "likely",
        _ => "high",
    };

    // A version saved before the assumption existed is read with its default, so that is the value it used.
    private static string Value(AssumptionField field, double value, bool stored) =>
        stored ? field.Format(value) : $"{WeightWords.NotInVersion} (the default, {field.Format(value)})";
}

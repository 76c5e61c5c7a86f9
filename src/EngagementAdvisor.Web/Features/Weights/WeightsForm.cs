using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>A weight set as the admin editor posts it: mutable rows that bind from form fields.</summary>
public sealed class WeightsForm
{
    public int BaseVersion { get; set; }
    public string? Comment { get; set; }
    public List<FactorRow> Factors { get; set; } = [];
    public List<KnockOutRow> KnockOuts { get; set; } = [];

    /// <summary>Each cost assumption by its key (<see cref="AssumptionField.Key"/>), as typed: "Form.Costs[rampWeeks].Low".</summary>
    public Dictionary<string, AssumptionRow> Costs { get; set; } = new(StringComparer.Ordinal);

    public static WeightsForm From(int version, WeightSet weights, Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(questionnaire);
        return new WeightsForm
        {
            BaseVersion = version,
            // Rows follow the question table, so a question the version does not weigh yet still appears (at zero).
            Factors = questionnaire.Scored.Select(q =>
            {
                var w = weights.Find(q.Id);
                return new FactorRow
                {
                    Factor = q.Id,
                    Importance = w?.Importance ?? 0,
                    Levels = q.Levels.Select(l =>
                    {
                        var a = w?.Levels.FirstOrDefault(x => x.Level == l.Id);
                        return new LevelRow { Level = l.Id, Outsourcing = a?.Outsourcing ?? 0, Outstaffing = a?.Outstaffing ?? 0, Offshoring = a?.Offshoring ?? 0, StaffAugmentation = a?.StaffAugmentation ?? 0 };
                    }).ToList(),
                };
            }).ToList(),
            KnockOuts = weights.KnockOuts.Select(k => new KnockOutRow
            {
                Id = k.Id, Factor = k.Factor, Level = k.Level, Model = k.Model, Effect = k.Effect, Penalty = k.Penalty, Reason = k.Reason, Facts = string.Join(", ", k.Facts),
            }).ToList(),
            Costs = AssumptionFields.All.ToDictionary(f => f.Key, f =>
            {
                var value = f.ValueIn(weights.Costs);
                return f.IsRange
                    ? new AssumptionRow { Low = f.ToTyped(value.Low), Likely = f.ToTyped(value.Likely), High = f.ToTyped(value.High) }
                    : new AssumptionRow { Likely = f.ToTyped(value.Likely) };
            }, StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// Gives each new rule an id from its answer and model ("in-house-pm-none-outstaffing", then "-2" if taken):
    /// admins choose what a rule does, not what it is called. Existing rules keep theirs, which stored results name.
    /// </summary>
    public void NameNewRules()
    {
        var taken = KnockOuts.Where(k => k.Id.Length > 0).Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in KnockOuts.Where(k => k.Id.Length == 0 && k.Kept && k.Factor.Length > 0))
        {
            var stem = string.Join('-', new[] { rule.Factor, rule.Level, rule.Model }.Where(s => s.Length > 0)).ToLowerInvariant();
            stem = System.Text.RegularExpressions.Regex.Replace(stem, "[^a-z0-9]+", "-").Trim('-');
            if (stem.Length > WeightsFormValidator.KnockOutIdMaxLength - 3) stem = stem[..(WeightsFormValidator.KnockOutIdMaxLength - 3)].TrimEnd('-');
            var id = stem;
            for (var n = 2; !taken.Add(id); n++) id = $"{stem}-{n}";
            rule.Id = id;
        }
    }

    /// <summary>Converts a form that passed <see cref="WeightsFormValidator"/>.</summary>
    public WeightSet ToWeightSet() => new(
        Factors.Select(f => new FactorWeight(f.Factor, f.Importance,
            f.Levels.Select(l => new LevelAffinity(l.Level, l.Outsourcing, l.Outstaffing, l.Offshoring, l.StaffAugmentation)).ToList())).ToList(),
        KnockOuts.Where(k => k.Kept).Select(k => new KnockOutRule(k.Id.Trim(), k.Factor, k.Level, k.Model, k.Effect, k.Penalty, k.Reason.Trim(),
            k.Facts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList(),
        ToAssumptions());

    private CostAssumptions ToAssumptions()
    {
        var costs = CostAssumptions.Default;
        foreach (var field in AssumptionFields.All)
        {
            var row = Costs[field.Key];
            var likely = field.FromTyped(row.Likely!.Value);
            costs = field.With(costs, field.IsRange ? new CostRange(field.FromTyped(row.Low!.Value), likely, field.FromTyped(row.High!.Value)) : new CostRange(likely, likely, likely));
        }
        return costs;
    }
}

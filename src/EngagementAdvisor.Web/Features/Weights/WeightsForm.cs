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
    public CostsRow Costs { get; set; } = new();

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
            Costs = CostsRow.From(weights.Costs),
        };
    }

    /// <summary>Converts a form that passed <see cref="WeightsFormValidator"/>.</summary>
    public WeightSet ToWeightSet() => new(
        Factors.Select(f => new FactorWeight(f.Factor, f.Importance,
            f.Levels.Select(l => new LevelAffinity(l.Level, l.Outsourcing, l.Outstaffing, l.Offshoring, l.StaffAugmentation)).ToList())).ToList(),
        KnockOuts.Where(k => !k.Remove).Select(k => new KnockOutRule(k.Id.Trim(), k.Factor, k.Level, k.Model, k.Effect, k.Penalty, k.Reason.Trim(),
            k.Facts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList(),
        Costs.ToAssumptions());
}

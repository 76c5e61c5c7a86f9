using EngagementAdvisor.Core.Costs;
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

    public sealed class FactorRow
    {
        public string Factor { get; set; } = "";
        public int Importance { get; set; }
        public List<LevelRow> Levels { get; set; } = [];
    }

    public sealed class LevelRow
    {
        public string Level { get; set; } = "";
        public int Outsourcing { get; set; }
        public int Outstaffing { get; set; }
        public int Offshoring { get; set; }
        public int StaffAugmentation { get; set; }
    }

    public sealed class KnockOutRow
    {
        public string Id { get; set; } = "";
        public string Factor { get; set; } = "";
        public string Level { get; set; } = "";
        public string Model { get; set; } = "";
        public KnockOutEffect Effect { get; set; }
        public int Penalty { get; set; }
        public string Reason { get; set; } = "";
        public string Facts { get; set; } = "";
        public bool Remove { get; set; }
    }

    public sealed class RangeRow
    {
        public double Low { get; set; }
        public double Likely { get; set; }
        public double High { get; set; }

        public static RangeRow From(CostRange r) => new() { Low = r.Low, Likely = r.Likely, High = r.High };

        public CostRange ToRange() => new(Low, Likely, High);
    }

    public sealed class CostsRow
    {
        public int DefaultTeamSize { get; set; }
        public double HoursPerMonth { get; set; }
        public RangeRow TeamExtensionRateUsd { get; set; } = new();
        public RangeRow OutsourcingMarkup { get; set; } = new();
        public RangeRow OffshoringRateUsd { get; set; } = new();
        public RangeRow RampWeeks { get; set; } = new();
        public double RampProductivity { get; set; }
        public RangeRow ClientManagementShare { get; set; } = new();
        public RangeRow ScopeBufferEvolving { get; set; } = new();
        public RangeRow ScopeBufferVolatile { get; set; } = new();
        public RangeRow OffshoringSetupMonths { get; set; } = new();

        public IEnumerable<(string Name, RangeRow Range)> Ranges() =>
        [
            (nameof(TeamExtensionRateUsd), TeamExtensionRateUsd), (nameof(OutsourcingMarkup), OutsourcingMarkup),
            (nameof(OffshoringRateUsd), OffshoringRateUsd), (nameof(RampWeeks), RampWeeks),
            (nameof(ClientManagementShare), ClientManagementShare), (nameof(ScopeBufferEvolving), ScopeBufferEvolving),
            (nameof(ScopeBufferVolatile), ScopeBufferVolatile), (nameof(OffshoringSetupMonths), OffshoringSetupMonths),
        ];
    }

    public static WeightsForm From(int version, WeightSet weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var c = weights.Costs;
        return new WeightsForm
        {
            BaseVersion = version,
            // Rows follow the factor catalogue, so a factor missing from an old version still appears (at zero).
            Factors = Core.Scoring.Factors.All.Select(d =>
            {
                var w = weights.Find(d.Factor);
                return new FactorRow
                {
                    Factor = d.Id,
                    Importance = w?.Importance ?? 0,
                    Levels = d.Levels.Select(l =>
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
            Costs = new CostsRow
            {
                DefaultTeamSize = c.DefaultTeamSize, HoursPerMonth = c.HoursPerMonth, RampProductivity = c.RampProductivity,
                TeamExtensionRateUsd = RangeRow.From(c.TeamExtensionRateUsd), OutsourcingMarkup = RangeRow.From(c.OutsourcingMarkup),
                OffshoringRateUsd = RangeRow.From(c.OffshoringRateUsd), RampWeeks = RangeRow.From(c.RampWeeks),
                ClientManagementShare = RangeRow.From(c.ClientManagementShare), ScopeBufferEvolving = RangeRow.From(c.ScopeBufferEvolving),
                ScopeBufferVolatile = RangeRow.From(c.ScopeBufferVolatile), OffshoringSetupMonths = RangeRow.From(c.OffshoringSetupMonths),
            },
        };
    }

    /// <summary>Converts a form that passed <see cref="WeightsFormValidator"/>.</summary>
    public WeightSet ToWeightSet() => new(
        Factors.Select(f => new FactorWeight(f.Factor, f.Importance,
            f.Levels.Select(l => new LevelAffinity(l.Level, l.Outsourcing, l.Outstaffing, l.Offshoring, l.StaffAugmentation)).ToList())).ToList(),
        KnockOuts.Where(k => !k.Remove).Select(k => new KnockOutRule(k.Id.Trim(), k.Factor, k.Level, k.Model, k.Effect, k.Penalty, k.Reason.Trim(),
            k.Facts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList(),
        new CostAssumptions(Costs.DefaultTeamSize, Costs.HoursPerMonth, Costs.TeamExtensionRateUsd.ToRange(), Costs.OutsourcingMarkup.ToRange(),
            Costs.OffshoringRateUsd.ToRange(), Costs.RampWeeks.ToRange(), Costs.RampProductivity, Costs.ClientManagementShare.ToRange(),
            Costs.ScopeBufferEvolving.ToRange(), Costs.ScopeBufferVolatile.ToRange(), Costs.OffshoringSetupMonths.ToRange()));
}

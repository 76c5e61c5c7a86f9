using EngagementAdvisor.Core.Costs;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>The cost assumptions in the weights editor.</summary>
public sealed class CostsRow
{
    public double HoursPerMonth { get; set; }
    public RangeRow TeamExtensionRateUsd { get; set; } = new();
    public RangeRow NicheRateUsd { get; set; } = new();
    public RangeRow OutsourcingMarkup { get; set; } = new();
    public RangeRow OffshoringRateUsd { get; set; } = new();
    public RangeRow NicheOffshoringRateUsd { get; set; } = new();
    public RangeRow OnshoreRateFactor { get; set; } = new();
    public RangeRow FarOffshoreRateFactor { get; set; } = new();
    public RangeRow RampWeeks { get; set; } = new();
    public double RampProductivity { get; set; }
    public RangeRow ClientManagementShare { get; set; } = new();
    public RangeRow OutsourcingClientShare { get; set; } = new();
    public RangeRow ScopeBufferEvolving { get; set; } = new();
    public RangeRow ScopeBufferVolatile { get; set; } = new();
    public RangeRow OffshoringSetupUsd { get; set; } = new();
    public RangeRow OffshoringSetupPerEngineerUsd { get; set; } = new();
    public double PartTimeShare { get; set; }
    public double OccasionalShare { get; set; }

    public IEnumerable<(string Name, RangeRow Range)> Ranges() =>
    [
        (nameof(TeamExtensionRateUsd), TeamExtensionRateUsd), (nameof(NicheRateUsd), NicheRateUsd),
        (nameof(OutsourcingMarkup), OutsourcingMarkup), (nameof(OffshoringRateUsd), OffshoringRateUsd),
        (nameof(NicheOffshoringRateUsd), NicheOffshoringRateUsd), (nameof(OnshoreRateFactor), OnshoreRateFactor),
        (nameof(FarOffshoreRateFactor), FarOffshoreRateFactor), (nameof(RampWeeks), RampWeeks),
        (nameof(ClientManagementShare), ClientManagementShare), (nameof(OutsourcingClientShare), OutsourcingClientShare),
        (nameof(ScopeBufferEvolving), ScopeBufferEvolving), (nameof(ScopeBufferVolatile), ScopeBufferVolatile),
        (nameof(OffshoringSetupUsd), OffshoringSetupUsd), (nameof(OffshoringSetupPerEngineerUsd), OffshoringSetupPerEngineerUsd),
    ];

    public static CostsRow From(CostAssumptions c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new CostsRow
        {
            HoursPerMonth = c.HoursPerMonth, RampProductivity = c.RampProductivity, PartTimeShare = c.PartTimeShare, OccasionalShare = c.OccasionalShare,
            TeamExtensionRateUsd = RangeRow.From(c.TeamExtensionRateUsd), NicheRateUsd = RangeRow.From(c.NicheRateUsd),
            OutsourcingMarkup = RangeRow.From(c.OutsourcingMarkup), OffshoringRateUsd = RangeRow.From(c.OffshoringRateUsd),
            NicheOffshoringRateUsd = RangeRow.From(c.NicheOffshoringRateUsd), OnshoreRateFactor = RangeRow.From(c.OnshoreRateFactor),
            FarOffshoreRateFactor = RangeRow.From(c.FarOffshoreRateFactor), RampWeeks = RangeRow.From(c.RampWeeks),
            ClientManagementShare = RangeRow.From(c.ClientManagementShare), OutsourcingClientShare = RangeRow.From(c.OutsourcingClientShare),
            ScopeBufferEvolving = RangeRow.From(c.ScopeBufferEvolving), ScopeBufferVolatile = RangeRow.From(c.ScopeBufferVolatile),
            OffshoringSetupUsd = RangeRow.From(c.OffshoringSetupUsd), OffshoringSetupPerEngineerUsd = RangeRow.From(c.OffshoringSetupPerEngineerUsd),
        };
    }

    public CostAssumptions ToAssumptions() => new()
    {
        HoursPerMonth = HoursPerMonth, RampProductivity = RampProductivity, PartTimeShare = PartTimeShare, OccasionalShare = OccasionalShare,
        TeamExtensionRateUsd = TeamExtensionRateUsd.ToRange(), NicheRateUsd = NicheRateUsd.ToRange(),
        OutsourcingMarkup = OutsourcingMarkup.ToRange(), OffshoringRateUsd = OffshoringRateUsd.ToRange(),
        NicheOffshoringRateUsd = NicheOffshoringRateUsd.ToRange(), OnshoreRateFactor = OnshoreRateFactor.ToRange(),
        FarOffshoreRateFactor = FarOffshoreRateFactor.ToRange(), RampWeeks = RampWeeks.ToRange(),
        ClientManagementShare = ClientManagementShare.ToRange(), OutsourcingClientShare = OutsourcingClientShare.ToRange(),
        ScopeBufferEvolving = ScopeBufferEvolving.ToRange(), ScopeBufferVolatile = ScopeBufferVolatile.ToRange(),
        OffshoringSetupUsd = OffshoringSetupUsd.ToRange(), OffshoringSetupPerEngineerUsd = OffshoringSetupPerEngineerUsd.ToRange(),
    };
}

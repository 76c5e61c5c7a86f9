namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>The cost assumptions in the weights editor.</summary>
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

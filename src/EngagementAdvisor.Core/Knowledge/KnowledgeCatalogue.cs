using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Knowledge;

/// <summary>
/// The product's knowledge as data: profiles, the comparison table, the risk checklist and the
/// vendor questions, drawn from ../shared/domain/facts.md and written in our own words. Pages and
/// the API render it; no fact lives in markup.
/// </summary>
public sealed class KnowledgeCatalogue
{
    public required IReadOnlyDictionary<EngagementModel, ModelProfile> Profiles { get; init; }

    public required IReadOnlyList<ComparisonDimension> Dimensions { get; init; }

    public required IReadOnlyList<RiskArea> RiskAreas { get; init; }

    public required IReadOnlyList<VendorQuestion> VendorQuestions { get; init; }

    public required IReadOnlyList<MarketFigure> MarketFigures { get; init; }

    public ModelProfile Profile(EngagementModel model) => Profiles[model];

    /// <summary>The one catalogue, built once: it is immutable, and pages read it on every request.</summary>
    public static KnowledgeCatalogue Default { get; } = CatalogueContent.Build();
}

using EngagementAdvisor.Core.Knowledge;

namespace EngagementAdvisor.Web.Api;

/// <summary>The four models and the side-by-side comparison, as GET /api/models returns them.</summary>
public sealed record ModelsBody(
    IReadOnlyList<ModelBody> Models, IReadOnlyList<DimensionBody> Dimensions, IReadOnlyList<MarketFigure> MarketFigures, IReadOnlyList<Source> Sources);

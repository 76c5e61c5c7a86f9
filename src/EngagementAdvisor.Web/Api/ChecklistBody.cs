using EngagementAdvisor.Core.Knowledge;

namespace EngagementAdvisor.Web.Api;

/// <summary>The risk checklist and the vendor questions, as GET /api/checklist returns them.</summary>
public sealed record ChecklistBody(IReadOnlyList<RiskAreaBody> RiskAreas, IReadOnlyList<VendorQuestion> VendorQuestions, IReadOnlyList<Source> Sources);

using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Web.Features.Assessments;

namespace EngagementAdvisor.Web.Pages.Results;

/// <summary>What the result partial renders: the shared link, the admin view and the re-score view all use it.</summary>
public sealed record ResultView(
    StoredAssessment Result, KnowledgeCatalogue Catalogue, IReadOnlyList<AssumptionLine> Assumptions, string ChecklistScope, string? Notice = null);

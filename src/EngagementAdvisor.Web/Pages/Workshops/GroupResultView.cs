using EngagementAdvisor.Core.Workshops;

namespace EngagementAdvisor.Web.Pages.Workshops;

/// <summary>What the group-result partial draws: the facilitator's page while the workshop runs, and the result page once it is closed.</summary>
public sealed record GroupResultView(WorkshopAnalysis Analysis, bool OnResultPage);

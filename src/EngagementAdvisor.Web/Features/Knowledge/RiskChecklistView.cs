using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Web.Features.Knowledge;

/// <summary>The risk checklist for some models; <see cref="Scope"/> keys the ticks saved in the browser.</summary>
public sealed record RiskChecklistView(IReadOnlyList<RiskArea> Areas, IReadOnlyList<EngagementModel> Models, string Scope);

using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>A stored result whose recommended model a draft weight set would change.</summary>
public sealed record FlippedAssessment(long Id, DateTime CreatedAt, string? Label, EngagementModel Before, EngagementModel After);

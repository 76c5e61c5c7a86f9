using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>
/// A stored result whose recommended model a draft weight set would change, with the likely cost of each model
/// (before: priced with the current version's assumptions; after: with the draft's).
/// </summary>
public sealed record FlippedAssessment(long Id, DateTime CreatedAt, string? Label, EngagementModel Before, EngagementModel After)
{
    public double BeforeLikelyUsd { get; init; }
    public double AfterLikelyUsd { get; init; }
}

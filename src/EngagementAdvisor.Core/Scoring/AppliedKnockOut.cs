using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>A knock-out rule that fired for one assessment; <see cref="Points"/> is the penalty, 0 for a rule that excludes.</summary>
public sealed record AppliedKnockOut(string RuleId, EngagementModel Model, KnockOutEffect Effect, double Points, string Reason, IReadOnlyList<string> Facts);

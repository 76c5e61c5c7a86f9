using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Decision;

/// <summary>The smallest change of a number (duration or budget) that changes the recommended model.</summary>
public sealed record NumericFlip(string Factor, long From, long To, EngagementModel NewWinner);

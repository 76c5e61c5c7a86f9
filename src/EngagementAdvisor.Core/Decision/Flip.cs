using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Decision;

/// <summary>Another answer to one question (factor and level ids) that would change the recommended model.</summary>
public sealed record Flip(string Factor, string Level, string LevelLabel, EngagementModel NewWinner);

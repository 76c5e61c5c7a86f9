namespace EngagementAdvisor.Core.Decision;

/// <summary>One result's answer to a differing factor, and the points it gave that result's own recommended model.</summary>
public sealed record DriverCell(string Answer, double Points);

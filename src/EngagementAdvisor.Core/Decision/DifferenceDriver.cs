using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Decision;

/// <summary>A factor the compared results answered differently, with one cell per result.</summary>
public sealed record DifferenceDriver(Question Factor, IReadOnlyList<DriverCell> Cells);

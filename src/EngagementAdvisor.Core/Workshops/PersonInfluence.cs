using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Workshops;

/// <summary>What the group's answers would recommend without one person's answers, and whether that changes the winner.</summary>
public sealed record PersonInfluence(string Name, EngagementModel WinnerWithout, bool Decides);

using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Workshops;

/// <summary>One stakeholder of a workshop, by the name (or role) they gave, with the answers they gave on their own.</summary>
public sealed record Participant(string Name, Answers Answers);

using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Decision;

/// <summary>One question across the compared results: how each one answered it, and whether the answers differ.</summary>
public sealed record ComparedAnswer(Question Question, IReadOnlyList<string> Answers, bool Differs);

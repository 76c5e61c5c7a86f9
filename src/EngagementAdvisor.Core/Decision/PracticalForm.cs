namespace EngagementAdvisor.Core.Decision;

/// <summary>The practical shape of the recommendation for the client's answers: how to set the engagement up.</summary>
public sealed record PracticalForm(string Id, string Title, string Text, IReadOnlyList<string> Facts);

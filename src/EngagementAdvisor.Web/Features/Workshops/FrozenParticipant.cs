namespace EngagementAdvisor.Web.Features.Workshops;

/// <summary>One participant as a closed workshop's result keeps them: how they were shown, their role, their scored answers by question id.</summary>
public sealed record FrozenParticipant(string Label, string? Role, IReadOnlyDictionary<string, string> Answers);

namespace EngagementAdvisor.Core.Questions;

/// <summary>One answer of a scored question as the weights see it: an option, or a band of numbers.</summary>
public sealed record Level(string Id, string Label);

namespace EngagementAdvisor.Core.Questions;

/// <summary>
/// A band of a whole-number question, from <see cref="From"/> up to the next band's start. Numbers are scored by
/// band because the sources speak in bands ("6+ months", "many people"), not in slopes.
/// </summary>
public sealed record NumberBand(string Id, string Label, long From);

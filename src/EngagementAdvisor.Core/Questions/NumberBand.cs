namespace EngagementAdvisor.Core.Questions;

/// <summary>
/// A level of a whole-number question and the number <see cref="At"/> where it applies fully. Between two levels'
/// numbers an answer belongs to both, in proportion (<see cref="Question.Memberships"/>), so one more month, person or
/// dollar moves a score a little and never across a step: the sources speak in rules of thumb ("6+ months"), not edges.
/// </summary>
public sealed record NumberBand(string Id, string Label, long At);

namespace EngagementAdvisor.Core.Questions;

/// <summary>
/// A number the sources give as a rule of thumb for a question (F36's "6+ months"). An answer within
/// <see cref="Near"/> of it is told so, since the scoring moves through it gradually rather than at it, when the
/// rule is about one of the first two models of the result (<see cref="Models"/>, by id): a rule about outstaffing
/// says nothing to a client choosing between outsourcing and offshoring.
/// </summary>
public sealed record SourceThreshold(long At, long Near, string Text, IReadOnlyList<string> Facts, IReadOnlyList<string> Models);

using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Workshops;

/// <summary>
/// A preference people disagree on, taken to each end of what they said: the winner had everyone agreed with the
/// lowest answer given, and with the highest. The disagreement decides the result when either differs from the group's.
/// </summary>
public sealed record PreferenceSides(Question Question, string LowAnswer, EngagementModel LowWinner, string HighAnswer, EngagementModel HighWinner, bool Decides);

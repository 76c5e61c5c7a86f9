using EngagementAdvisor.Core.Workshops;

namespace EngagementAdvisor.Web.Pages.Workshops;

/// <summary>
/// One question's spread as the spread partial draws it: the counts, the fact's agreed value if settled, and who gave
/// which answer (<see cref="Who"/>: the facilitator's page names people; a shared result does not). Once
/// <see cref="Closed"/>, an open fact is no longer a gap to settle but one the middle answer decided.
/// </summary>
public sealed record SpreadView(AnswerSpread Spread, string? Settled, ILookup<string, string>? Who, bool Closed = false)
{
    public string Names(string value) => Who is null || !Who.Contains(value) ? "" : string.Join(", ", Who[value]);
}

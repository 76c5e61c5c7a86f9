namespace EngagementAdvisor.Web.Features.Workshops;

/// <summary>
/// One participant as the pages see them: <see cref="Label"/> is how they are shown (their name, or their role in an
/// anonymous workshop); <see cref="Answers"/> is null until they first save.
/// </summary>
public sealed record ParticipantState(long Id, int Number, string? Name, string? Role, string Label, DateTime JoinedAt, Core.Questions.Answers? Answers, DateTime? AnsweredAt, bool Included)
{
    public bool HasAnswered => Answers is not null;

    /// <summary>Counted in the group's result: included by the facilitator and answered.</summary>
    public bool Counts => Included && Answers is not null;
}

using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Core.Workshops;

namespace EngagementAdvisor.Web.Features.Workshops;

/// <summary>A workshop as its pages see it, read at one moment: settings, settled facts, participants and their answers.</summary>
public sealed record WorkshopState(
    long Id, string Title, IReadOnlyList<string> Roles, bool Anonymous, bool Revealed, DateTime CreatedAt, string InviteCode,
    IReadOnlyDictionary<string, string> Settled, DateTime? ClosedAt, string? ResultToken, IReadOnlyList<ParticipantState> Participants)
{
    public bool IsClosed => ClosedAt is not null;

    /// <summary>Whose answers count: included and answered.</summary>
    public IReadOnlyList<ParticipantState> Counted => [.. Participants.Where(p => p.Counts)];

    /// <summary>The group's analysis over who counts, with the facts as settled; null while nobody who counts has answered.</summary>
    public WorkshopAnalysis? Analyse(Questionnaire questionnaire, WeightSet weights) =>
        Counted.Count == 0 ? null : WorkshopAnalysis.Of(questionnaire, weights, [.. Counted.Select(p => new Participant(p.Label, p.Answers!))], Settled);

    /// <summary>What the shared result keeps: who counted, by label and role, with their answers, and the settled facts.</summary>
    public FrozenWorkshop Freeze() => new(
        Anonymous,
        [.. Counted.Select(p => new FrozenParticipant(p.Label, p.Role, p.Answers!.Questionnaire.Scored
            .Where(p.Answers.IsAnswered).ToDictionary(q => q.Id, q => p.Answers[q]!, StringComparer.Ordinal)))],
        new Dictionary<string, string>(Settled, StringComparer.Ordinal),
        Participants.Count(p => !p.Counts));

    /// <summary>
    /// How each participant is shown: their name (with their role), or in an anonymous workshop their role; two
    /// people who would read the same are told apart by their join order.
    /// </summary>
    public static IReadOnlyList<string> Labels(IReadOnlyList<(int Number, string? Name, string? Role)> people, bool anonymous)
    {
        ArgumentNullException.ThrowIfNull(people);
        var plain = people.Select(p => anonymous || p.Name is null ? p.Role ?? "Participant" : p.Role is null ? p.Name : $"{p.Name} ({p.Role})").ToList();
        return [.. plain.Select((label, i) => plain.Count(l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase)) > 1 || label == "Participant"
            ? label == "Participant" ? $"Participant {people[i].Number}" : $"{label}, participant {people[i].Number}"
            : label)];
    }
}

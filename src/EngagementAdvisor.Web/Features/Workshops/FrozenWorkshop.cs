using System.Text.Json;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Core.Workshops;

namespace EngagementAdvisor.Web.Features.Workshops;

/// <summary>
/// What a result closed from a workshop keeps (<see cref="Data.Entities.Assessment.WorkshopJson"/>): the participants
/// who counted, with their answers, and the facts the facilitator settled. Ids and figures only, as the advice is
/// stored: the spread, the consensus and whose answers decide are derived again with the result's own weights version,
/// so a shared link keeps its result while the words can improve. <see cref="Excluded"/> counts who took part but did
/// not count (excluded, or never answered); their answers are not kept.
/// </summary>
public sealed record FrozenWorkshop(bool Anonymous, IReadOnlyList<FrozenParticipant> Participants, IReadOnlyDictionary<string, string> Settled, int Excluded)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static FrozenWorkshop? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize<FrozenWorkshop>(json, Json);

    public WorkshopAnalysis Analyse(Questionnaire questionnaire, WeightSet weights)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        return WorkshopAnalysis.Of(questionnaire, weights,
            [.. Participants.Select(p => new Participant(p.Label, Core.Questions.Answers.Of(questionnaire, p.Answers.Select(a => KeyValuePair.Create(a.Key, (string?)a.Value)))))],
            Settled);
    }
}

using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Workshops;

/// <summary>
/// A workshop's result, computed two ways and set side by side (issue 23): from the group's answers
/// (<see cref="GroupAnswers"/>) and as the mean of each person's own scores (their answers with the settled facts); how far the people's results agree
/// (<see cref="Consensus"/>); each question's spread; and whose answers decide, person by person and preference by
/// preference. <see cref="People"/> and <see cref="Names"/> are in the participants' order. Pure: the same people, facts and weights always give the same analysis.
/// </summary>
public sealed record WorkshopAnalysis(
    Answers GroupAnswers,
    Recommendation FromGroupAnswers,
    IReadOnlyList<ModelScore> MeanOfPeople,
    IReadOnlyList<Recommendation> People,
    IReadOnlyList<string> Names,
    Consensus Consensus,
    IReadOnlyList<AnswerSpread> Spreads,
    IReadOnlyList<PersonInfluence> Influence,
    IReadOnlyList<PreferenceSides> Preferences)
{
    /// <summary>The model the mean of the people's own scores ranks first.</summary>
    public EngagementModel MeanWinner => MeanOfPeople[0].Model;

    /// <summary>Whether the two ways of computing the group's result pick the same model.</summary>
    public bool WaysAgree => FromGroupAnswers.Recommended == MeanWinner;

    public static WorkshopAnalysis Of(Questionnaire questionnaire, WeightSet weights, IReadOnlyList<Participant> participants, IReadOnlyDictionary<string, string>? settled = null)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(participants);
        if (participants.Count == 0) throw new ArgumentException("A workshop's result needs at least one participant.", nameof(participants));
        var answers = participants.Select(p => p.Answers).ToList();
        var group = Workshops.GroupAnswers.Aggregate(questionnaire, answers, settled);
        var fromGroup = Scorer.Score(group, weights);
        // Each person's own result takes the settled facts: what is left to differ on is what they want, not what they knew.
        var people = answers.Select(a => Scorer.Score(Workshops.GroupAnswers.Settle(a, settled), weights)).ToList();
        // Ties in the mean keep the fixed model order, as every ranking does.
        var mean = EngagementModels.All
            .Select(m => new ModelScore(m, people.Average(r => r.Ranking.First(s => s.Model == m).Score)))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Model)
            .ToList();
        var spreads = questionnaire.Scored.Select(q =>
        {
            var counts = new int[q.Levels.Count];
            foreach (var level in answers.Select(a => a.LevelOf(q)).Where(l => l >= 0)) counts[level]++;
            var values = answers.Select(a => a[q]).OfType<string>().ToList();
            var given = values.Distinct(StringComparer.Ordinal);
            given = q.Kind == QuestionKind.WholeNumber ? given.OrderBy(v => long.Parse(v, System.Globalization.CultureInfo.InvariantCulture)) : given.OrderBy(q.LevelIndex);
            List<string> distinct = [.. given];
            return new AnswerSpread(q, counts, counts.Sum(), Disagreement.Of(counts), distinct, [.. distinct.Select(v => values.Count(x => x == v))]);
        }).ToList();
        var influence = participants.Count < 2 ? [] : participants.Select((p, i) =>
        {
            var others = answers.Where((_, j) => j != i).ToList();
            var without = Scorer.Score(Workshops.GroupAnswers.Aggregate(questionnaire, others, settled), weights).Recommended;
            return new PersonInfluence(p.Name, without, without != fromGroup.Recommended);
        }).ToList();
        var preferences = spreads
            .Where(s => s.Question.Nature == AnswerNature.Preference && s.Counts.Count(c => c > 0) > 1 && s.Question.Kind != QuestionKind.WholeNumber)
            .Where(s => settled is null || !settled.ContainsKey(s.Question.Id))
            .Select(s =>
            {
                var given = Enumerable.Range(0, s.Counts.Count).Where(level => s.Counts[level] > 0).ToList();
                var (low, high) = (given[0], given[^1]);
                var lowWinner = Scorer.Score(group.WithLevel(s.Question, low), weights).Recommended;
                var highWinner = Scorer.Score(group.WithLevel(s.Question, high), weights).Recommended;
                return new PreferenceSides(s.Question, s.Question.Levels[low].Id, lowWinner, s.Question.Levels[high].Id, highWinner,
                    lowWinner != fromGroup.Recommended || highWinner != fromGroup.Recommended);
            }).ToList();
        return new WorkshopAnalysis(group, fromGroup, mean, people, [.. participants.Select(p => p.Name)], Consensus.Of(people.Select(r => r.Recommended)), spreads, influence, preferences);
    }
}

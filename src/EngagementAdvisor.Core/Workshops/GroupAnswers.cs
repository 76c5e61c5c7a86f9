using System.Globalization;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Workshops;

/// <summary>
/// One set of answers for a group: each settled fact as the facilitator entered it; every other scored question by
/// the median of the answers given (choices in the order of their options, the lower middle one when the count is
/// even; numbers by the median, the mean of the two middle ones when even, rounded). A question nobody answered stays
/// unanswered. Text questions (label, note) are the workshop's own, not aggregated.
/// </summary>
public static class GroupAnswers
{
    public static Answers Aggregate(Questionnaire questionnaire, IReadOnlyList<Answers> people, IReadOnlyDictionary<string, string>? settled = null)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(people);
        var values = new List<KeyValuePair<string, string?>>();
        foreach (var question in questionnaire.Scored)
        {
            if (settled is not null && settled.TryGetValue(question.Id, out var agreed))
            {
                values.Add(KeyValuePair.Create(question.Id, (string?)agreed));
                continue;
            }
            values.Add(KeyValuePair.Create(question.Id, Median(question, people)));
        }
        return Answers.Of(questionnaire, values);
    }

    /// <summary>One person's answers with the facts the facilitator settled in place of theirs: an information gap, once closed, is closed for everyone.</summary>
    public static Answers Settle(Answers person, IReadOnlyDictionary<string, string>? settled)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (settled is null) return person;
        foreach (var (id, value) in settled)
        {
            if (person.Questionnaire.Find(id) is { } question) person = person.With(question, value);
        }
        return person;
    }

    private static string? Median(Question question, IReadOnlyList<Answers> people)
    {
        if (question.Kind == QuestionKind.WholeNumber)
        {
            var numbers = people.Select(p => p.Number(question)).OfType<long>().Order().ToList();
            if (numbers.Count == 0) return null;
            var middle = numbers.Count / 2;
            var median = numbers.Count % 2 == 1 ? numbers[middle] : (long)Math.Round((numbers[middle - 1] + numbers[middle]) / 2.0, MidpointRounding.AwayFromZero);
            return median.ToString(CultureInfo.InvariantCulture);
        }
        var levels = people.Select(p => p.LevelOf(question)).Where(l => l >= 0).Order().ToList();
        return levels.Count == 0 ? null : question.Levels[levels[(levels.Count - 1) / 2]].Id;
    }
}

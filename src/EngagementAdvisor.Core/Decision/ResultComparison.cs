using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Decision;

/// <summary>
/// Two or more stored results side by side: every question with each result's answer, and the answers that drive
/// the difference. Read from the stored answers and recommendations only; nothing is scored again.
/// </summary>
public sealed record ResultComparison(IReadOnlyList<ComparedAnswer> Answers, IReadOnlyList<DifferenceDriver> Drivers)
{
    public static ResultComparison Of(IReadOnlyList<(Answers Answers, Recommendation Recommendation)> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0) return new([], []);
        var questionnaire = results[0].Answers.Questionnaire;
        var answers = questionnaire.All
            .Where(q => q.IsScored)
            .Select(q =>
            {
                var described = results.Select(r => r.Answers.Describe(q)).ToList();
                return new ComparedAnswer(q, described, described.Distinct(StringComparer.Ordinal).Count() > 1);
            })
            .ToList();
        // A number counts towards the two levels it lies between, so any two different numbers are a difference.
        var drivers = questionnaire.Scored
            .Where(q => results.Select(r => r.Answers[q]).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(q => new DifferenceDriver(q, [.. results.Select(r =>
            {
                var contribution = r.Recommendation.Contributions.FirstOrDefault(c => c.Factor == q.Id);
                return contribution is null
                    ? new DriverCell("Not answered", 0)
                    : new DriverCell(q.Kind == QuestionKind.WholeNumber ? r.Answers.Describe(q) : q.Levels[q.LevelIndex(contribution.Level)].Label,
                        contribution.For(r.Recommendation.Recommended));
            })]))
            .ToList();
        return new ResultComparison(answers, drivers);
    }
}

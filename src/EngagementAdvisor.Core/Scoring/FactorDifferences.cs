using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using static EngagementAdvisor.Core.Scoring.WeightWords;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// The factors' side of <see cref="WeightSetDifferences"/>: each factor's importance, then how each of its answers
/// favours each model, in the order of the questionnaire and its answers.
/// </summary>
internal static class FactorDifferences
{
    public static IReadOnlyList<WeightChange> Between(WeightSet before, WeightSet after, Questionnaire questionnaire)
    {
        var changes = new List<WeightChange>();
        // Factors of questions no longer asked come last: they no longer count, but the versions still differ there.
        var retired = before.Factors.Concat(after.Factors)
            .Select(f => f.Factor)
            .Where(id => questionnaire.Find(id) is not { IsScored: true })
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var factor in questionnaire.Scored.Select(q => q.Id).Concat(retired))
        {
            var was = before.Find(factor);
            var now = after.Find(factor);
            // A factor a version does not weigh counts 0 there (a question added after it was saved).
            if ((was?.Importance ?? 0) != (now?.Importance ?? 0))
            {
                changes.Add(new($"Importance of {FactorMidSentence(questionnaire, factor)}", Importance(was), Importance(now)));
            }
            foreach (var level in LevelsOf(questionnaire.Find(factor), was, now))
            {
                var wasLevel = was?.Levels.LastOrDefault(l => l.Level == level);
                var nowLevel = now?.Levels.LastOrDefault(l => l.Level == level);
                foreach (var model in EngagementModels.All)
                {
                    if ((wasLevel?.For(model) ?? 0) == (nowLevel?.For(model) ?? 0)) continue;
                    changes.Add(new(
                        $"{Factor(questionnaire, factor)} {Quoted(Level(questionnaire, factor, level))} — favours {Model(model)}",
                        Affinity(wasLevel, model), Affinity(nowLevel, model)));
                }
            }
        }
        return changes;
    }

    /// <summary>The question's answers in order, then any answer only a version names (one no longer offered).</summary>
    private static IEnumerable<string> LevelsOf(Question? question, FactorWeight? was, FactorWeight? now)
    {
        var asked = question?.Levels.Select(l => l.Id).ToList() ?? [];
        var stored = (was?.Levels ?? []).Concat(now?.Levels ?? []).Select(l => l.Level);
        return asked.Concat(stored.Where(l => !asked.Contains(l, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal));
    }

    private static string Importance(FactorWeight? weight) =>
        weight is null ? $"{NotInVersion} (counts 0)" : weight.Importance.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Affinity(LevelAffinity? level, EngagementModel model) =>
        level is null ? $"{NotInVersion} (0)" : WeightWords.Affinity(level.For(model));
}

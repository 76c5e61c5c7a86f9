using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Decision;

/// <summary>How firm a recommendation is.</summary>
public sealed record Robustness(
    double Margin,
    CloseCall? CloseCall,
    IReadOnlyList<Flip> Flips,
    NumericFlip? DurationFlip,
    NumericFlip? BudgetFlip,
    int MonteCarloRuns,
    double Jitter,
    int MonteCarloWins,
    ulong Seed)
{
    /// <summary>Below this many points between first and second, the result is shown as a close call.</summary>
    public const double CloseCallMargin = 5;
    /// <summary>
    /// Varied runs per result: enough to tell 60 %, 75 % and 90 % apart (a share's standard error is at most 2.2
    /// points), and few enough that creating a result stays cheap (docs/performance.md).
    /// </summary>
    public const int DefaultRuns = 500;

    /// <summary>Kept for the API's <c>jitter</c> field: the importances' share of variation (see <see cref="Variation"/>).</summary>
    public const double DefaultJitter = Variation.Importance;

    private const int SeparatorCount = 3;

    internal const string SameArrangementNote =
        "Outstaffing and staff augmentation are the same arrangement under two names: engineers employed by a vendor, directed by you, under the same kind of contract. Staff augmentation is the name US firms use, usually for one or two specialists needed fast for a workload spike or a skill gap, without a 40–60 day hiring search; outstaffing usually means a longer-lived team that extends yours.";

    internal static readonly IReadOnlyList<string> SameArrangementFacts = ["F40", "F42", "F43", "F84", "F36"];

    public double WinShare => MonteCarloRuns == 0 ? 0 : (double)MonteCarloWins / MonteCarloRuns;

    /// <summary>
    /// When outstaffing and staff augmentation come first and second: the lead of the two, as one arrangement (F40),
    /// over the third model.
    /// </summary>
    public double? ArrangementMargin { get; init; }

    /// <summary>When outstaffing and staff augmentation come first and second: the runs in which either came first.</summary>
    public int? ArrangementWins { get; init; }

    /// <summary>
    /// The strength of fit in words, from the margin and the Monte-Carlo share together. When the first two are the
    /// one team-extension arrangement under its two names, the fit is that arrangement's, against the third model: a
    /// margin between two names for the same thing says nothing about how well the arrangement fits.
    /// </summary>
    public FitStrength Fit => ArrangementMargin is { } margin && ArrangementWins is { } wins && MonteCarloRuns > 0
        ? FitOf(margin, (double)wins / MonteCarloRuns)
        : FitOf(Margin, WinShare);

    /// <summary>The smallest change of the team size, within a plausible range, that changes the recommended model.</summary>
    public NumericFlip? TeamSizeFlip { get; init; }

    /// <summary>When outstaffing and staff augmentation come first and second, whatever the margin.</summary>
    public SameArrangement? SameArrangement { get; init; }

    /// <summary>Answers near a rule of thumb of the sources.</summary>
    public IReadOnlyList<ThresholdNote> NearThresholds { get; init; } = [];

    public static FitStrength FitOf(double margin, double share) =>
        margin >= 10 && share >= 0.9 ? FitStrength.Strong
        : margin >= CloseCallMargin && share >= 0.75 ? FitStrength.Moderate
        : margin >= 2 && share >= 0.6 ? FitStrength.Weak
        : FitStrength.TossUp;

    /// <summary>Margin, close call, flips, the smallest plausible numeric changes, the Monte-Carlo share and the notes.</summary>
    public static Robustness Analyse(Answers answers, WeightSet weights, Recommendation recommendation, int monteCarloRuns = DefaultRuns)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(recommendation);

        var winner = recommendation.Recommended;
        var margin = recommendation.Ranking[0].Score - recommendation.Ranking[1].Score;
        var seed = SeededRandom.SeedFor(answers);
        var pair = IsTeamExtensionPair(recommendation);
        var (wins, arrangementWins) = Tally(answers, weights, winner, monteCarloRuns, seed);
        return new Robustness(
            margin,
            margin < CloseCallMargin ? DescribeCloseCall(recommendation, weights, margin, pair) : null,
            FindFlips(answers, weights, winner),
            SmallestNumericFlip(answers, weights, winner, Questionnaire.Duration),
            SmallestNumericFlip(answers, weights, winner, Questionnaire.Budget),
            monteCarloRuns,
            DefaultJitter,
            wins,
            seed)
        {
            ArrangementMargin = pair ? recommendation.Ranking[0].Score - recommendation.Ranking[2].Score : null,
            ArrangementWins = pair ? arrangementWins : null,
            TeamSizeFlip = SmallestNumericFlip(answers, weights, winner, Questionnaire.TeamSize),
            SameArrangement = pair ? new SameArrangement(SameArrangementNote, Separators(recommendation, weights), SameArrangementFacts) : null,
            NearThresholds = ThresholdsNear(answers, recommendation),
        };
    }

    /// <summary>For each answered choice, every other option that would change the winner, all else kept.</summary>
    public static List<Flip> FindFlips(Answers answers, WeightSet weights, EngagementModel winner)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var flips = new List<Flip>();
        var weighing = Weighing.Of(answers, weights);
        // Numbers are tried by the smallest plausible change instead (SmallestNumericFlip): no absurd leaps.
        foreach (var question in answers.Questionnaire.Scored.Where(q => q.Kind != QuestionKind.WholeNumber))
        {
            var original = answers.LevelOf(question);
            if (original < 0) continue; // an unanswered refinement has no "other answer" to try
            for (var level = 0; level < question.Levels.Count; level++)
            {
                if (level == original) continue;
                // Knock-outs depend on the answers, so they are re-evaluated for the changed answer.
                var newWinner = weighing.WinnerIfLevel(question, level);
                if (newWinner != winner) flips.Add(new Flip(question.Id, question.Levels[level].Id, question.Levels[level].Label, newWinner));
            }
        }
        return flips;
    }

    /// <summary>
    /// The nearest number that changes the winner, looked for only within a plausible reach of the answer (half to
    /// twice it, and at least two steps either way): a change nobody would consider is no help in deciding.
    /// </summary>
    public static NumericFlip? SmallestNumericFlip(Answers answers, WeightSet weights, EngagementModel winner, Question question)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(question);
        if (answers.Number(question) is not { } current) return null;
        var weighing = Weighing.Of(answers, weights);
        foreach (var candidate in NearestFirst(question, current))
        {
            var newWinner = weighing.WinnerIf(question, candidate);
            if (newWinner != winner) return new NumericFlip(question.Id, current, candidate, newWinner);
        }
        return null;
    }

    /// <summary>Values within reach of <paramref name="current"/>, nearest first (the lower one first when equally near).</summary>
    private static IEnumerable<long> NearestFirst(Question question, long current)
    {
        var low = Math.Max(question.Min, Math.Min(current - 2, current / 2));
        var high = Math.Min(question.Max, Math.Max(current + 2, current * 2));
        if (question.Unit?.IsUsd == true)
        {
            // Money in steps of 2% of the answer, each rounded to a figure a person would write; at the ends of the
            // reach rounded inwards, so the half and the double themselves are tried too.
            var seen = new HashSet<long> { current };
            for (var k = 1; k <= 50; k++)
            {
                foreach (var raw in new[] { current * (1 - 0.02 * k), current * (1 + 0.02 * k) })
                {
                    var value = RoundedWithin(raw, low, high);
                    if (value >= low && value <= high && seen.Add(value)) yield return value;
                }
            }
            yield break;
        }
        for (var step = 1L; current - step >= low || current + step <= high; step++)
        {
            if (current - step >= low) yield return current - step;
            if (current + step <= high) yield return current + step;
        }
    }

    private static long RoundedWithin(double dollars, long low, long high)
    {
        var unit = dollars >= 100_000 ? 5_000 : dollars >= 10_000 ? 1_000 : 100;
        var value = (long)Math.Round(dollars / unit, MidpointRounding.AwayFromZero) * unit;
        return value < low ? value + unit : value > high ? value - unit : value;
    }

    /// <summary>
    /// How often the winner stays first when the judgement in the weights varies: every importance, affinity, level
    /// number and knock-out penalty, each within its range (<see cref="Variation"/>), drawn from a generator seeded by
    /// the answers.
    /// </summary>
    public static int CountMonteCarloWins(Answers answers, WeightSet weights, EngagementModel winner, int runs, ulong seed) =>
        Tally(answers, weights, winner, runs, seed).Wins;

    /// <summary>One pass of the runs: how often the winner came first, and how often either team-extension name did.</summary>
    private static (int Wins, int TeamExtensionWins) Tally(Answers answers, WeightSet weights, EngagementModel winner, int runs, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(weights);
        var random = new SeededRandom(seed);
        return Weighing.Of(answers, weights).Tally(winner, runs, ref random);
    }

    private static bool IsTeamExtensionPair(Recommendation recommendation) =>
        (recommendation.Recommended, recommendation.RunnerUp) is (EngagementModel.Outstaffing, EngagementModel.StaffAugmentation)
            or (EngagementModel.StaffAugmentation, EngagementModel.Outstaffing);

    /// <summary>
    /// What separates the first two, answer by answer: the first model's points minus the second's, counting with each
    /// answer the rules it set off (a partial PM's penalty belongs to the PM answer), largest first.
    /// </summary>
    private static List<Separator> Separators(Recommendation recommendation, WeightSet weights) =>
        Scorer.Largest(Differences(recommendation, weights, recommendation.RunnerUp), s => s.Points, SeparatorCount).ToList();

    /// <summary>
    /// Up to <paramref name="count"/> reasons that set the recommended model apart from <paramref name="other"/>: the
    /// answers that give it the most points over the other, the rules they set off included, each told by that answer's
    /// reason. What both models gain alike does not count, however large.
    /// </summary>
    public static IReadOnlyList<Reason> ReasonsApart(Answers answers, Recommendation recommendation, WeightSet weights, EngagementModel other, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(recommendation);
        ArgumentNullException.ThrowIfNull(weights);
        return [.. from separator in Scorer.Largest(Differences(recommendation, weights, other).Where(s => s.Points > 0), s => s.Points, count)
                   let question = answers.Questionnaire.Find(separator.Factor)
                   where question is not null
                   let text = ReasonTexts.For(question, separator.Level)
                   select new Reason(separator.Factor, separator.Level, separator.Points, text.Text, text.Facts)];
    }

    /// <summary>Each answer's points for the recommended model minus <paramref name="second"/>'s, with the rules it set off; zeros left out.</summary>
    private static IEnumerable<Separator> Differences(Recommendation recommendation, WeightSet weights, EngagementModel second)
    {
        var first = recommendation.Recommended;
        double Penalty(EngagementModel model, string factor) => recommendation.KnockOuts
            .Where(k => k.Model == model && weights.KnockOuts.Any(rule => rule.Id == k.RuleId && rule.Factor == factor))
            .Sum(k => k.Points);
        return recommendation.Contributions
            .Select(c => new Separator(c.Factor, c.Level, Math.Round(
                c.For(first) - Penalty(first, c.Factor) - (c.For(second) - Penalty(second, c.Factor)), 1, MidpointRounding.AwayFromZero)))
            .Where(s => s.Points != 0);
    }

    private static CloseCall DescribeCloseCall(Recommendation recommendation, WeightSet weights, double margin, bool sameArrangement) => new(
        recommendation.Ranking[0].Model, recommendation.Ranking[1].Model, margin, Separators(recommendation, weights),
        sameArrangement ? SameArrangementNote : null,
        sameArrangement ? SameArrangementFacts : []);

    private static List<ThresholdNote> ThresholdsNear(Answers answers, Recommendation recommendation) =>
        [.. from question in answers.Questionnaire.Scored
            where question.Kind == QuestionKind.WholeNumber && answers.Number(question) is not null
            let value = answers.Number(question)!.Value
            from threshold in question.Thresholds
            where Math.Abs(value - threshold.At) <= threshold.Near
                && threshold.Models.Any(id => EngagementModels.TryParse(id, out var model) && (model == recommendation.Recommended || model == recommendation.RunnerUp))
            select WordThreshold(question, value, threshold.At)!];

    /// <summary>
    /// The note on an answer of <paramref name="value"/> near the question's rule of thumb at <paramref name="at"/>,
    /// in words (a stored result keeps the numbers and is worded again when shown); null if the question has no such rule.
    /// </summary>
    public static ThresholdNote? WordThreshold(Question question, long value, long at)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Thresholds.FirstOrDefault(t => t.At == at) is { } threshold
            ? new ThresholdNote(question.Id, value, threshold.At,
                threshold.Text.Replace("{value}", question.Unit?.Describe(value) ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
                threshold.Facts)
            : null;
    }
}

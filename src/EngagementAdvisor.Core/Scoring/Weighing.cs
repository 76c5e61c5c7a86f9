using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// The numbers one set of answers is ranked with: every answered factor's importance and affinities, and the
/// knock-out rules that apply, each at its strength. <see cref="Rank"/> and <see cref="Winner"/> share the one ranking
/// rule (<see cref="RanksBefore"/>); the recommendation, the flips and the Monte-Carlo runs all go through it, the runs
/// under a <see cref="Variation"/>.
/// </summary>
public sealed class Weighing
{
    /// <summary>Outstaffing and staff augmentation are one arrangement (F40): their scores never differ by more.</summary>
    public const double TeamExtensionSpread = 10;

    private readonly Term[] _terms;
    private readonly Rule[] _rules;
    private readonly double[][] _shares;
    private readonly int _durationTerm;

    // The room the what-if questions evaluate in, made on the first one: a weighing serves one advice, on one thread.
    private Run? _whatIf;

    /// <summary>
    /// One answered factor as read from the weight set once: its importance, its affinity per level and model, and for a
    /// number the number and whether it is also judged per month of the duration.
    /// </summary>
    private sealed record Term(Question Question, double Importance, double[][] Affinity, double Number, bool PerMonth)
    {
        public bool IsNumber => Question.Kind == QuestionKind.WholeNumber;
    }

    /// <summary>A knock-out rule as read once, with the answered factor (term) and level it keys on.</summary>
    private sealed record Rule(KnockOutRule Source, int Term, int Level, EngagementModel Model);

    private Weighing(Answers answers, Term[] terms, Rule[] rules)
    {
        _terms = terms;
        _rules = rules;
        _durationTerm = Array.FindIndex(terms, t => t.Question.Id == Questionnaire.Duration.Id && t.IsNumber);
        _shares = [.. _terms.Select(term => answers.Memberships(term.Question).ToArray())];
    }

    // Built when first read: a weighing asked only for its winner (an impact preview over a million results) needs
    // neither.
    private IReadOnlyList<WeighedFactor>? _factors;
    private IReadOnlyList<AppliedKnockOut>? _knockOuts;

    /// <summary>The answered factors, in question order.</summary>
    public IReadOnlyList<WeighedFactor> Factors => _factors ??=
        [.. _terms.Select((term, t) => new WeighedFactor(term.Question, Dominant(_shares[t]), _shares[t], term.Importance, Affinities(term, _shares[t])))];

    /// <summary>The knock-out rules that apply, in rule order, with the points each takes at its strength.</summary>
    public IReadOnlyList<AppliedKnockOut> KnockOuts => _knockOuts ??=
        [.. _rules.Select(rule => (Rule: rule, Strength: Strength(rule, _shares))).Where(r => r.Strength > 0).Select(r => r.Rule.Source.Applied(r.Strength))];

    public static Weighing Of(Answers answers, WeightSet weights)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(weights);
        var terms = new List<Term>();
        foreach (var question in answers.Questionnaire.Scored)
        {
            if (!answers.IsAnswered(question)) continue; // an unanswered refinement does not count
            terms.Add(new Term(question, weights.Importance(question.Id),
                weights.AffinitiesOf(question),
                question.Kind == QuestionKind.WholeNumber ? answers.Number(question)!.Value : double.NaN,
                answers.MonthsFor(question) is not null));
        }
        // A rule naming an unknown model, question or level, or keyed on an unanswered question, never applies.
        var rules = new List<Rule>();
        foreach (var rule in weights.KnockOuts)
        {
            var term = terms.FindIndex(t => t.Question.Id == rule.Factor);
            if (term < 0 || !EngagementModels.TryParse(rule.Model, out var model)) continue;
            var level = terms[term].Question.LevelIndex(rule.Level);
            if (level >= 0) rules.Add(new Rule(rule, term, level, model));
        }
        return new Weighing(answers, [.. terms], [.. rules]);
    }

    /// <summary>
    /// Score points per unit of importance × affinity. Normalising by the importance of the answered factors keeps
    /// scores within their range whether or not the optional refinements were given: a mean affinity of +2 gives
    /// 50 + <see cref="Scorer.Reach"/>, −2 gives 50 − <see cref="Scorer.Reach"/>.
    /// </summary>
    public double Scale() => ScaleOf(Factors.Select(f => f.Importance));

    /// <summary>The ranking, each score shown as a whole number clamped to 0–100.</summary>
    public IReadOnlyList<ModelScore> Rank()
    {
        var run = new Run(this);
        Evaluate(null, -1, 0, run);
        var order = EngagementModels.All.ToList();
        order.Sort((a, b) => a == b ? 0 : RanksBefore(a, b, run.Exact, run.RuledOut) ? -1 : 1);
        return [.. order.Select(model => new ModelScore(model, Math.Round(Math.Clamp(run.Exact[(int)model], 0, 100), MidpointRounding.AwayFromZero))
        {
            RuledOut = run.RuledOut[(int)model],
        })];
    }

    /// <summary>The first model of <see cref="Rank"/>, without building the ranking.</summary>
    public EngagementModel Winner()
    {
        var run = new Run(this);
        Evaluate(null, -1, 0, run);
        return Best(run);
    }

    /// <summary>
    /// The first model had the number question <paramref name="question"/> been answered <paramref name="value"/>, all
    /// else as answered: what the flips of duration, budget and team size try, without building new answers for each
    /// candidate. A changed duration moves the reading of a budget per month with it.
    /// </summary>
    public EngagementModel WinnerIf(Question question, long value)
    {
        ArgumentNullException.ThrowIfNull(question);
        var term = Array.FindIndex(_terms, t => t.Question == question && t.IsNumber);
        if (term < 0) throw new ArgumentException($"'{question.Id}' is not an answered number.", nameof(question));
        var run = _whatIf ??= new Run(this);
        Evaluate(null, term, value, run);
        return Best(run);
    }

    /// <summary>
    /// The first model had the choice <paramref name="question"/> been answered with its option
    /// <paramref name="level"/>, all else as answered, the rules re-evaluated: what the flips try.
    /// </summary>
    public EngagementModel WinnerIfLevel(Question question, int level)
    {
        ArgumentNullException.ThrowIfNull(question);
        var term = Array.FindIndex(_terms, t => t.Question == question && !t.IsNumber);
        if (term < 0) throw new ArgumentException($"'{question.Id}' is not an answered choice.", nameof(question));
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, question.Levels.Count);
        var run = _whatIf ??= new Run(this);
        Evaluate(null, term, level, run);
        return Best(run);
    }

    /// <summary>
    /// How often <paramref name="winner"/>, and how often either team-extension name, comes first over
    /// <paramref name="runs"/> variations of the judgement drawn from <paramref name="random"/>.
    /// </summary>
    internal (int Wins, int TeamExtensionWins) Tally(EngagementModel winner, int runs, ref Decision.SeededRandom random)
    {
        var variation = new Variation(
            [.. _terms.Select(t => t.Question.Levels.Count)],
            [.. _terms.Select((t, i) => t.IsNumber ? Enumerable.Range(0, t.Question.Levels.Count).ToArray() : [Dominant(_shares[i])])],
            [.. _terms.Select(t => t.IsNumber ? t.Question.Bands.Count : 0)],
            _rules.Length);
        var run = new Run(this);
        int wins = 0, teamExtension = 0;
        for (var i = 0; i < runs; i++)
        {
            variation.Redraw(ref random);
            Evaluate(variation, -1, 0, run);
            var first = Best(run);
            // A run in which another model ties the first is nobody's win: the fixed model order is not a verdict.
            var tiedWith = TiedWith(run, first);
            if (first == winner && tiedWith is null) wins++;
            if (first is EngagementModel.Outstaffing or EngagementModel.StaffAugmentation
                && tiedWith is null or EngagementModel.Outstaffing or EngagementModel.StaffAugmentation) teamExtension++;
        }
        return (wins, teamExtension);
    }

    /// <summary>Another model ranked level with <paramref name="first"/> (same exact score within <see cref="Tie"/>), if any.</summary>
    private static EngagementModel? TiedWith(Run run, EngagementModel first)
    {
        foreach (var model in EngagementModels.All)
        {
            if (model != first && run.RuledOut[(int)model] == run.RuledOut[(int)first]
                && Math.Abs(run.Exact[(int)model] - run.Exact[(int)first]) <= Tie) return model;
        }
        return null;
    }

    /// <summary>Room for one evaluation, reused across the Monte-Carlo runs.</summary>
    private sealed class Run(Weighing weighing)
    {
        public readonly double[] Exact = new double[EngagementModels.Count];
        public readonly bool[] RuledOut = new bool[EngagementModels.Count];
        public readonly double[] Importance = new double[weighing._terms.Length];
        public readonly double[] Affinity = new double[EngagementModels.Count];
        public readonly double[][] Shares = [.. weighing._shares.Select(s => (double[])s.Clone())];

        /// <summary>The choice whose shares the last evaluation changed, to put back before the next; −1 when none.</summary>
        public int ChangedChoice = -1;
    }

    private static EngagementModel Best(Run run)
    {
        var best = EngagementModel.Outsourcing;
        foreach (var model in EngagementModels.All) if (RanksBefore(model, best, run.Exact, run.RuledOut)) best = model;
        return best;
    }

    /// <summary>
    /// The one ranking rule: models not ruled out before those ruled out, then the higher exact score, then the fixed
    /// model order. Scores closer than <see cref="Tie"/> are equal: two sums that are the same on paper can differ in
    /// the last bits of a double, and that noise must not pick a winner (nor make a budget "change" it).
    /// </summary>
    private static bool RanksBefore(EngagementModel a, EngagementModel b, double[] exact, bool[] ruledOut)
    {
        if (ruledOut[(int)a] != ruledOut[(int)b]) return !ruledOut[(int)a];
        if (Math.Abs(exact[(int)a] - exact[(int)b]) > Tie) return exact[(int)a] > exact[(int)b];
        return a < b;
    }

    /// <summary>Far below any difference the weights can make (a hundredth of a point is 10⁷ times larger), far above a double's rounding.</summary>
    private const double Tie = 1e-9;

    /// <summary>
    /// Each model's exact score, 50 + scale × Σ importance × affinity − penalties, with outstaffing and staff
    /// augmentation drawn together when they are more than <see cref="TeamExtensionSpread"/> apart. With a
    /// <paramref name="variation"/> the judgement varies; with a <paramref name="changedTerm"/> that number is
    /// <paramref name="changedValue"/> instead of the answer, or that choice is the option at that index.
    /// </summary>
    private void Evaluate(Variation? variation, int changedTerm, double changedValue, Run run)
    {
        int? months = _durationTerm < 0 ? null : (int)(changedTerm == _durationTerm ? changedValue : _terms[_durationTerm].Number);
        Array.Clear(run.Exact);
        Array.Clear(run.RuledOut);
        for (var t = 0; t < _terms.Length; t++)
        {
            var term = _terms[t];
            var shares = run.Shares[t];
            // Choices and unvaried, unchanged numbers keep the memberships read from the answers.
            if (!term.IsNumber)
            {
                if (t == changedTerm)
                {
                    Array.Clear(shares);
                    shares[(int)changedValue] = 1;
                    run.ChangedChoice = t;
                }
                else if (run.ChangedChoice == t)
                {
                    _shares[t].CopyTo(shares, 0);
                    run.ChangedChoice = -1;
                }
            }
            else if (variation is not null || changedTerm >= 0)
            {
                var value = t == changedTerm ? changedValue : term.Number;
                term.Question.Memberships(value, term.PerMonth ? months : null,
                    variation is null ? default : variation.LevelNumberScales(t), shares);
            }
            run.Importance[t] = variation?.ImportanceOf(t, term.Importance) ?? term.Importance;
            for (var m = 0; m < run.Affinity.Length; m++) run.Affinity[m] = 0;
            for (var level = 0; level < shares.Length; level++)
            {
                if (shares[level] == 0) continue;
                for (var m = 0; m < run.Affinity.Length; m++)
                {
                    var value = term.Affinity[level][m];
                    run.Affinity[m] += shares[level] * (variation?.AffinityOf(t, level, m, value) ?? value);
                }
            }
            for (var m = 0; m < run.Exact.Length; m++) run.Exact[m] += run.Importance[t] * run.Affinity[m];
        }
        var scale = ScaleOf(run.Importance);
        for (var m = 0; m < run.Exact.Length; m++) run.Exact[m] = Scorer.Baseline + scale * run.Exact[m];
        for (var r = 0; r < _rules.Length; r++)
        {
            var rule = _rules[r];
            var strength = Strength(rule, run.Shares);
            if (strength <= 0) continue;
            if (rule.Source.Effect == KnockOutEffect.Exclude) run.RuledOut[(int)rule.Model] = true;
            else
            {
                var points = rule.Source.PointsAt(strength);
                run.Exact[(int)rule.Model] -= variation?.PenaltyOf(r, points) ?? points;
            }
        }
        DrawTogether(run.Exact, EngagementModel.Outstaffing, EngagementModel.StaffAugmentation);
    }

    /// <summary>The affinity for each model that an answer's levels give together, in proportion to its share in each.</summary>
    private static double[] Affinities(Term term, double[] shares)
    {
        var affinity = new double[EngagementModels.Count];
        for (var m = 0; m < affinity.Length; m++)
        {
            for (var level = 0; level < shares.Length; level++) affinity[m] += shares[level] * term.Affinity[level][m];
        }
        return affinity;
    }

    /// <summary>How strongly a rule applies: the answer's share in the rule's level; an exclusion by the level the answer belongs to most.</summary>
    private static double Strength(Rule rule, double[][] shares) =>
        rule.Source.Effect == KnockOutEffect.Exclude
            ? Dominant(shares[rule.Term]) == rule.Level ? 1 : 0
            : shares[rule.Term][rule.Level];

    private static double ScaleOf(IEnumerable<double> importances)
    {
        double total = 0;
        foreach (var importance in importances) total += importance;
        return total > 0 ? Scorer.Reach / (LevelAffinity.Max * total) : 0;
    }

    /// <summary>Pulls two scores towards their middle until they are at most <see cref="TeamExtensionSpread"/> apart, keeping their order.</summary>
    private static void DrawTogether(double[] scores, EngagementModel a, EngagementModel b)
    {
        var gap = scores[(int)a] - scores[(int)b];
        if (Math.Abs(gap) <= TeamExtensionSpread) return;
        var middle = (scores[(int)a] + scores[(int)b]) / 2;
        scores[(int)a] = middle + Math.Sign(gap) * TeamExtensionSpread / 2;
        scores[(int)b] = middle - Math.Sign(gap) * TeamExtensionSpread / 2;
    }

    private static int Dominant(double[] memberships)
    {
        var best = 0;
        for (var i = 1; i < memberships.Length; i++) if (memberships[i] > memberships[best]) best = i;
        return best;
    }
}

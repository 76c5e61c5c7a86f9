using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// One Monte-Carlo run's variation of the judgement in a weight set: every importance, every affinity, the number at
/// which each level of a number question applies, and every knock-out penalty, each drawn within its documented range
/// (docs/scoring.md, "Strength of fit"). The answers stay as given. Draws come in a fixed order from the seeded
/// generator, so the same answers always give the same runs.
/// </summary>
/// <remarks>
/// Indexed by the answered factors and the applicable rules of one <see cref="Weighing"/>, and only what a run can
/// read is drawn: for a choice the affinities of the chosen option (the others have no share in the answer), for a
/// number those of every level (varying where the levels sit moves its shares). One instance is drawn again for
/// each run (<see cref="Redraw"/>), so a result's runs allocate nothing: creating a result is the heaviest step of
/// the decision journey (docs/performance.md).
/// </remarks>
public sealed class Variation
{
    /// <summary>Each importance is multiplied by a factor from 1 − this to 1 + this.</summary>
    public const double Importance = 0.25;

    /// <summary>Each affinity moves by up to this much either way (one step of the judgement scale), within −2 to +2.</summary>
    public const double Affinity = 1;

    /// <summary>Each level's number is multiplied by a factor from 1 / (1 + this) to 1 + this.</summary>
    public const double LevelNumber = 0.25;

    /// <summary>Each knock-out penalty is multiplied by a factor from 1 − this to 1 + this.</summary>
    public const double Penalty = 0.4;

    private static readonly double LogLevelNumber = Math.Log(1 + LevelNumber);

    private readonly double[] _importance;
    private readonly double[] _affinity;
    private readonly int[] _affinityStart;
    private readonly int[][] _drawnLevels;
    private readonly double[] _levelNumber;
    private readonly int[] _levelNumberStart;
    private readonly int[] _levelNumberCount;
    private readonly double[] _penalty;

    /// <param name="levels">Per answered factor, its number of levels.</param>
    /// <param name="drawnLevels">Per answered factor, the levels whose affinities a run can read.</param>
    /// <param name="bands">Per answered factor, how many level numbers it has (0 for a choice).</param>
    /// <param name="rules">How many rules apply to these answers.</param>
    internal Variation(int[] levels, int[][] drawnLevels, int[] bands, int rules)
    {
        _importance = new double[levels.Length];
        _affinityStart = new int[levels.Length];
        _drawnLevels = drawnLevels;
        _levelNumberStart = new int[levels.Length];
        _levelNumberCount = bands;
        int affinities = 0, levelNumbers = 0;
        for (var t = 0; t < levels.Length; t++)
        {
            _affinityStart[t] = affinities;
            affinities += levels[t] * EngagementModels.Count;
            _levelNumberStart[t] = levelNumbers;
            levelNumbers += bands[t];
        }
        _affinity = new double[affinities];
        _levelNumber = new double[levelNumbers];
        _penalty = new double[rules];
    }

    /// <summary>Draws the next run: per answered factor its importance, its affinities and its level numbers, then every penalty.</summary>
    internal void Redraw(ref SeededRandom random)
    {
        for (var t = 0; t < _importance.Length; t++)
        {
            _importance[t] = 1 + Importance * random.NextSigned();
            foreach (var level in _drawnLevels[t])
            {
                var start = _affinityStart[t] + level * EngagementModels.Count;
                for (var m = 0; m < EngagementModels.Count; m++) _affinity[start + m] = Affinity * random.NextSigned();
            }
            for (var b = 0; b < _levelNumberCount[t]; b++) _levelNumber[_levelNumberStart[t] + b] = Math.Exp(LogLevelNumber * random.NextSigned());
        }
        for (var r = 0; r < _penalty.Length; r++) _penalty[r] = 1 + Penalty * random.NextSigned();
    }

    internal double ImportanceOf(int term, double importance) => importance * _importance[term];

    internal double AffinityOf(int term, int level, int model, double affinity) =>
        Math.Clamp(affinity + _affinity[_affinityStart[term] + level * EngagementModels.Count + model], LevelAffinity.Min, LevelAffinity.Max);

    /// <summary>The factor each level's number of an answered number is multiplied by in this run.</summary>
    internal ReadOnlySpan<double> LevelNumberScales(int term) => _levelNumber.AsSpan(_levelNumberStart[term], _levelNumberCount[term]);

    internal double PenaltyOf(int rule, double penalty) => penalty * _penalty[rule];
}

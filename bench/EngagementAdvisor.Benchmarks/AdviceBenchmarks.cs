using BenchmarkDotNet.Attributes;
using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Benchmarks;

/// <summary>
/// Issue 8: one assessment's advice. Targets: the advice without the Monte-Carlo share at most
/// 10 µs and 4 KB allocated; the Monte-Carlo share (1,000 runs) at most 2 ms.
/// </summary>
[MemoryDiagnoser]
public class AdviceBenchmarks
{
    private readonly WeightSet _weights = DefaultWeights.Create();
    private Answers _answers = null!;
    private EngagementModel _winner;
    private ulong _seed;
    private int[] _levels = null!;
    private double[] _penalties = null!;
    private bool[] _excluded = null!;

    [ParamsSource(nameof(ScenarioNames))]
    public string Scenario { get; set; } = "";

    public static IEnumerable<string> ScenarioNames => Scenarios.Names;

    [GlobalSetup]
    public void Setup()
    {
        _answers = Scenarios.ByName[Scenario];
        var recommendation = Scorer.Score(_answers, _weights);
        _winner = recommendation.Recommended;
        _seed = SeededRandom.SeedFor(_answers);
        _levels = new int[Factors.Count];
        Scorer.LevelsOf(_answers, _levels);
        _penalties = new double[EngagementModels.Count];
        _excluded = new bool[EngagementModels.Count];
        Scorer.KnockOutEffects(recommendation.KnockOuts, _penalties, _excluded);
    }

    /// <summary>(a) Scoring with explanation, flips, numeric flips, close call, tensions and costs: all but the Monte-Carlo loop.</summary>
    [Benchmark(Baseline = true)]
    public Advice AdviceWithoutMonteCarlo() => Advisor.Advise(_answers, _weights, monteCarloRuns: 0);

    /// <summary>(b) The Monte-Carlo share alone: 1,000 jittered re-rankings.</summary>
    [Benchmark]
    public int MonteCarloShare() =>
        Robustness.CountMonteCarloWins(_answers, _weights, _winner, Robustness.DefaultRuns, Robustness.DefaultJitter, _seed);

    /// <summary>Everything a result shows, as the web host computes it.</summary>
    [Benchmark]
    public Advice FullAdvice() => Advisor.Advise(_answers, _weights);

    /// <summary>(c) For reference: the winner alone, the inner loop of the flip and Monte-Carlo analyses.</summary>
    [Benchmark]
    public EngagementModel Winner() => Scorer.Winner(_levels, _weights, default, _penalties, _excluded);

    // The parts of (a), to see where the time goes.
    [Benchmark]
    public Recommendation Score() => Scorer.Score(_answers, _weights);

    [Benchmark]
    public CostEstimate Costs() => CostEstimator.Estimate(_answers, _weights.Costs);

    [Benchmark]
    public List<Flip> Flips() => Robustness.FindFlips(_answers, _weights, _winner);

    [Benchmark]
    public (NumericFlip? Duration, NumericFlip? Budget) NumericFlips() =>
        (Robustness.SmallestNumericFlip(_answers, _weights, _winner, Factor.Duration), Robustness.SmallestNumericFlip(_answers, _weights, _winner, Factor.Budget));
}

using BenchmarkDotNet.Attributes;
using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Benchmarks;

/// <summary>
/// One assessment's advice, and its parts. Core's only speed requirement: an advice well within what one request can
/// spend on it (docs/performance.md).
/// </summary>
[MemoryDiagnoser]
public class AdviceBenchmarks
{
    private readonly WeightSet _weights = DefaultWeights.Create();
    private Answers _answers = null!;
    private EngagementModel _winner;

    [ParamsSource(nameof(ScenarioNames))]
    public string Scenario { get; set; } = "";

    public static IEnumerable<string> ScenarioNames => Scenarios.Names;

    [GlobalSetup]
    public void Setup()
    {
        _answers = Scenarios.ByName[Scenario];
        _winner = Scorer.Score(_answers, _weights).Recommended;
    }

    /// <summary>Everything a result shows, as the web host computes it.</summary>
    [Benchmark(Baseline = true)]
    public Advice FullAdvice() => Advisor.Advise(_answers, _weights);

    // The parts, to see where the time goes.
    [Benchmark]
    public Recommendation Score() => Scorer.Score(_answers, _weights);

    [Benchmark]
    public CostEstimate Costs() => CostEstimator.Estimate(_answers, _weights.Costs);

    [Benchmark]
    public List<Flip> Flips() => Robustness.FindFlips(_answers, _weights, _winner);

    [Benchmark]
    public (NumericFlip? Duration, NumericFlip? Budget, NumericFlip? TeamSize) NumericFlips() =>
        (Robustness.SmallestNumericFlip(_answers, _weights, _winner, Questionnaire.Duration),
         Robustness.SmallestNumericFlip(_answers, _weights, _winner, Questionnaire.Budget),
         Robustness.SmallestNumericFlip(_answers, _weights, _winner, Questionnaire.TeamSize));

    [Benchmark]
    public int MonteCarloShare() =>
        Robustness.CountMonteCarloWins(_answers, _weights, _winner, Robustness.DefaultRuns, seed: 1);
}

using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// The tunable part of the scoring model. Admins edit it; every saved edit is a new immutable
/// version, and an assessment keeps the version it was scored with. The shape is plain data so
/// it serialises as the stored JSON document and diffs readably between versions.
/// </summary>
/// <remarks>
/// Factors and levels are named by id. A factor the weight set does not name has importance 0 and does not count,
/// which is how a version saved before a question existed scores it; a level it does not name has affinity 0.
/// </remarks>
public sealed class WeightSet
{
    private readonly Dictionary<string, FactorWeight> _byFactor;

    // Read for every answered question of every result scored with this set, and an impact preview scores a million:
    // each question's table is built once. Keyed by the question itself (a test may build its own questionnaire).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Questions.Question, double[][]> _affinities = new(ReferenceEqualityComparer.Instance);

    public WeightSet(IReadOnlyList<FactorWeight> factors, IReadOnlyList<KnockOutRule>? knockOuts = null, CostAssumptions? costs = null)
    {
        ArgumentNullException.ThrowIfNull(factors);
        Factors = factors;
        KnockOuts = knockOuts ?? [];
        // Versions stored before cost assumptions existed fall back to the defaults.
        Costs = costs ?? CostAssumptions.Default;
        _byFactor = factors.GroupBy(f => f.Factor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    }

    public IReadOnlyList<FactorWeight> Factors { get; }

    /// <summary>Categorical rules applied on top of the weighted sum (F34 and the like).</summary>
    public IReadOnlyList<KnockOutRule> KnockOuts { get; }

    /// <summary>The numbers behind the cost-of-ownership estimate, versioned with the weights.</summary>
    public CostAssumptions Costs { get; }

    public FactorWeight? Find(string factor) => _byFactor.GetValueOrDefault(factor);

    public double Importance(string factor) => Find(factor)?.Importance ?? 0;

    public int Affinity(string factor, string level, EngagementModel model) =>
        Find(factor)?.Levels.LastOrDefault(l => l.Level == level)?.For(model) ?? 0;

    /// <summary>
    /// <see cref="Affinity"/> for each of the question's levels (rows) and each model (columns), built once per question
    /// and shared: callers read it and never write to it.
    /// </summary>
    internal double[][] AffinitiesOf(Questions.Question question) =>
        _affinities.GetOrAdd(question, q => [.. q.Levels.Select(level => EngagementModels.All.Select(model => (double)Affinity(q.Id, level.Id, model)).ToArray())]);
}

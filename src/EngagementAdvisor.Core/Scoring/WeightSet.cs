using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>How strongly one answer level favours (+) or disfavours (−) each model, from −2 to +2.</summary>
public sealed record LevelAffinity(string Level, int Outsourcing, int Outstaffing, int Offshoring, int StaffAugmentation)
{
    public const int Min = -2;
    public const int Max = 2;

    public int For(EngagementModel model) => model switch
    {
        EngagementModel.Outsourcing => Outsourcing,
        EngagementModel.Outstaffing => Outstaffing,
        EngagementModel.Offshoring => Offshoring,
        EngagementModel.StaffAugmentation => StaffAugmentation,
        _ => throw new ArgumentOutOfRangeException(nameof(model)),
    };
}

/// <summary>How much one factor matters (0–10) and how each of its levels leans.</summary>
public sealed record FactorWeight(string Factor, int Importance, IReadOnlyList<LevelAffinity> Levels)
{
    public const int MinImportance = 0;
    public const int MaxImportance = 10;
}

/// <summary>
/// The tunable part of the scoring model. Admins edit it; every saved edit is a new immutable
/// version, and an assessment keeps the version it was scored with. The shape is plain data so
/// it serialises as the stored JSON document and diffs readably between versions.
/// </summary>
public sealed class WeightSet
{
    // Dense tables built once, because scoring runs on every request and in Monte-Carlo loops.
    private readonly double[] _importance = new double[Scoring.Factors.Count];
    private readonly int[][][] _affinity = new int[Scoring.Factors.Count][][];
    private readonly CompiledKnockOut[] _knockOuts;

    public WeightSet(IReadOnlyList<FactorWeight> factors, IReadOnlyList<KnockOutRule>? knockOuts = null, CostAssumptions? costs = null)
    {
        ArgumentNullException.ThrowIfNull(factors);
        Factors = factors;
        KnockOuts = knockOuts ?? [];
        // Versions stored before cost assumptions existed fall back to the defaults.
        Costs = costs ?? CostAssumptions.Default;
        foreach (var definition in Scoring.Factors.All)
        {
            var levels = new int[definition.Levels.Count][];
            for (var l = 0; l < levels.Length; l++) levels[l] = new int[EngagementModels.Count];
            _affinity[(int)definition.Factor] = levels;
        }
        foreach (var weight in factors)
        {
            if (!Scoring.Factors.TryParse(weight.Factor, out var factor)) continue;
            _importance[(int)factor] = weight.Importance;
            var definition = Scoring.Factors.Get(factor);
            foreach (var level in weight.Levels)
            {
                var index = definition.LevelIndex(level.Level);
                if (index < 0) continue;
                foreach (var model in EngagementModels.All)
                {
                    _affinity[(int)factor][index][(int)model] = level.For(model);
                }
            }
        }
        _knockOuts = Compile(KnockOuts);
    }

    public IReadOnlyList<FactorWeight> Factors { get; }

    /// <summary>Categorical rules applied on top of the weighted sum (F34 and the like).</summary>
    public IReadOnlyList<KnockOutRule> KnockOuts { get; }

    /// <summary>The numbers behind the cost-of-ownership estimate, versioned with the weights.</summary>
    public CostAssumptions Costs { get; }

    public double Importance(Factor factor) => _importance[(int)factor];

    public int Affinity(Factor factor, int level, EngagementModel model) => _affinity[(int)factor][level][(int)model];

    /// <summary>
    /// The knock-out rules as indexes, in rule order, so the inner loops match them against answer levels
    /// without parsing ids. A rule whose model, factor or level id is unknown can never match and is left out,
    /// exactly as <see cref="KnockOutRule.Matches"/> never matches it.
    /// </summary>
    internal ReadOnlySpan<CompiledKnockOut> CompiledKnockOuts => _knockOuts;

    private static CompiledKnockOut[] Compile(IReadOnlyList<KnockOutRule> rules)
    {
        var compiled = new List<CompiledKnockOut>(rules.Count);
        foreach (var rule in rules)
        {
            if (!EngagementModels.TryParse(rule.Model, out var model)) continue;
            if (!Scoring.Factors.TryParse(rule.Factor, out var factor)) continue;
            var level = Scoring.Factors.Get(factor).LevelIndex(rule.Level);
            if (level < 0) continue;
            compiled.Add(new CompiledKnockOut(rule, (int)factor, level, (int)model));
        }
        return [.. compiled];
    }

    public FactorWeight? Find(Factor factor)
    {
        var id = Scoring.Factors.Get(factor).Id;
        foreach (var weight in Factors)
        {
            if (weight.Factor == id) return weight;
        }
        return null;
    }
}

/// <summary>A knock-out rule resolved to indexes: it fires when the answer to factor <see cref="Factor"/> has level <see cref="Level"/>.</summary>
internal readonly record struct CompiledKnockOut(KnockOutRule Rule, int Factor, int Level, int Model)
{
    /// <summary>What <see cref="AppliedKnockOut.Points"/> records: the penalty for a penalty, 0 otherwise.</summary>
    public double Points => Rule.Effect == KnockOutEffect.Penalty ? Rule.Penalty : 0;
}

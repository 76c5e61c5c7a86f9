namespace EngagementAdvisor.Core.Decision;

/// <summary>
/// SplitMix64: a tiny, fast generator whose sequence we own, so a Monte-Carlo share computed today
/// is reproduced exactly by any later version of .NET (System.Random makes no such promise).
/// </summary>
internal struct SeededRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>FNV-1a over the answers' levels and numbers: the same answers always give the same seed.</summary>
    public static ulong SeedFor(Questions.Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var hash = 14695981039346656037UL;
        void Mix(long value)
        {
            for (var i = 0; i < 8; i++)
            {
                hash ^= (byte)(value >> (i * 8));
                hash *= 1099511628211UL;
            }
        }
        Mix((long)answers.Control);
        Mix((long)answers.ScopeStability);
        Mix((long)answers.InHousePm);
        Mix(answers.DurationMonths);
        Mix(answers.BudgetUsd);
        Mix(answers.TeamSize ?? -1);
        Mix(answers.StartUrgency is { } u ? (long)u : -1);
        Mix(answers.DataSensitivity is { } d ? (long)d : -1);
        Mix(answers.NicheExpertise is { } n ? (n ? 1 : 0) : -1);
        return hash;
    }
}

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

    /// <summary>A double in [−1, 1).</summary>
    public double NextSigned() => 2 * NextDouble() - 1;

    /// <summary>
    /// FNV-1a over every scored answer in question order: the same answers always give the same seed. A choice
    /// counts as its option's position, yes/no as 1 or 0, a number as itself, an unanswered refinement as −1.
    /// </summary>
    public static ulong SeedFor(Questions.Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var hash = 14695981039346656037UL;
        foreach (var question in answers.Questionnaire.Scored)
        {
            var value = question.Kind switch
            {
                Questions.QuestionKind.WholeNumber => answers.Number(question) ?? -1,
                Questions.QuestionKind.YesNo when answers.IsAnswered(question) => answers.Is(question, "yes") ? 1 : 0,
                _ => answers.LevelOf(question),
            };
            for (var i = 0; i < 8; i++)
            {
                hash ^= (byte)(value >> (i * 8));
                hash *= 1099511628211UL;
            }
        }
        return hash;
    }
}

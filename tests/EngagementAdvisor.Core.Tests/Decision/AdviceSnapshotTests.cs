using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Tests.Decision;

/// <summary>
/// Pins the advice, byte for byte, in the JSON shape results are stored and served in (camelCase names, kebab-case
/// ids, nulls left out): a change to the code that is meant to keep the advice must not move a single digit.
/// A deliberate change of the scoring rewrites the snapshot (the failure message says where the new one was written).
/// </summary>
public sealed class AdviceSnapshotTests
{
    private static readonly WeightSet Defaults = DefaultWeights.Create();

    // The app's stored and API shape (AdvisorJson in the web project).
    private static readonly JsonSerializerOptions Stored = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    private static string Json(Advice advice) => JsonSerializer.Serialize(advice, Stored);

    private static readonly (string Name, Answers Answers)[] Named =
    [
        ("outsourcing", TestAnswers.Of("low", "stable", "none", 4, 60_000)),
        ("offshoring", TestAnswers.Of("high", "volatile", "partial", 36, 3_000_000, team: 20, urgency: "flexible", sensitivity: "high")),
        ("staff-augmentation", TestAnswers.Of("high", "evolving", "strong", 4, 60_000, team: 1, urgency: "asap", sensitivity: "medium", niche: true)),
        ("team-extension", TestAnswers.Of("high", "evolving", "strong", 18, 400_000)),
        ("no-pm-evolving", TestAnswers.Of("medium", "evolving", "none", 12, 200_000)),
    ];

    [Fact]
    public void The_advice_json_of_typical_answers_is_unchanged()
    {
        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Decision", "Snapshots", "advice.jsonl"));
        var actual = Named.Select(n => $"{n.Name}\t{Json(Advisor.Advise(n.Answers, Defaults))}").ToArray();
        if (!expected.SequenceEqual(actual))
        {
            var written = Path.Combine(AppContext.BaseDirectory, "advice.actual.jsonl");
            File.WriteAllLines(written, actual);
            Assert.Fail($"The advice JSON changed; the new snapshot is in {written}.");
        }
    }

    [Fact]
    public void The_advice_json_over_a_spread_of_answers_is_unchanged()
    {
        // 400 answers from a fixed generator, every advice serialised and hashed.
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var state = 0x2545F4914F6CDD1DUL;
        int Next(int n)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            return (int)(state % (ulong)n);
        }
        int closeCallsWithSeveralSeparators = 0, withBreakEvens = 0, withAllReasons = 0, withNumericFlips = 0;
        var tensions = new HashSet<(string, EngagementAdvisor.Core.Models.EngagementModel)>();
        long[] budgets = [1_000, 20_000, 49_999, 50_000, 120_000, 499_999, 500_000, 2_000_000, 100_000_000];
        for (var i = 0; i < 400; i++)
        {
            var answers = TestAnswers.Of(TestAnswers.Option(Questionnaire.Control, Next(3)), TestAnswers.Option(Questionnaire.ScopeStability, Next(3)), TestAnswers.Option(Questionnaire.InHousePm, Next(3)), 1 + Next((int)Questionnaire.Duration.Max), budgets[Next(budgets.Length)], team: Next(3) == 0 ? null : 1 + Next(40), urgency: Next(3) == 0 ? null : TestAnswers.Option(Questionnaire.StartUrgency, Next(3)), sensitivity: Next(3) == 0 ? null : TestAnswers.Option(Questionnaire.DataSensitivity, Next(3)), niche: Next(3) == 0 ? null : Next(2) == 0);
            var advice = Advisor.Advise(answers, Defaults);
            sha.AppendData(Encoding.UTF8.GetBytes(Json(advice) + "\n"));
            if (advice.Robustness.CloseCall is { Separators.Count: > 1 }) closeCallsWithSeveralSeparators++;
            if (advice.Costs.BreakEvens.Count > 0) withBreakEvens++;
            if (advice.Recommendation.ReasonsFor.Count == 3 && advice.Recommendation.ReasonsAgainst.Count == 2) withAllReasons++;
            foreach (var tension in advice.Tensions) tensions.Add((tension.Id, advice.Recommendation.Recommended));
            if (advice.Robustness.DurationFlip is not null || advice.Robustness.BudgetFlip is not null) withNumericFlips++;
        }
        // The spread reaches every branch the snapshot is meant to guard.
        Assert.True(closeCallsWithSeveralSeparators > 10, $"{closeCallsWithSeveralSeparators} close calls with several separators");
        Assert.True(withBreakEvens > 10, $"{withBreakEvens} with break-evens");
        Assert.True(withAllReasons > 10, $"{withAllReasons} with all reasons");
        Assert.True(withNumericFlips > 10, $"{withNumericFlips} with numeric flips");
        // All seven tensions, the two model-dependent ones for every model they can name.
        Assert.True(tensions.Count >= 12, string.Join(", ", tensions));
        var hash = Convert.ToHexString(sha.GetHashAndReset());
        Assert.True(hash == SpreadHash, $"The advice JSON over the spread changed: hash {hash}.");
    }

    private const string SpreadHash = "97FF5A95B5895C2F73379C3FC1BA91089E26C1E2EB81C733E28384F1EAFAC361";
}

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
        ("offshoring", TestAnswers.Of("high", "volatile", "strong", 36, 6_000_000, team: 20, urgency: "flexible", sensitivity: "high", location: "offshore")),
        ("staff-augmentation", TestAnswers.Of("high", "evolving", "strong", 4, 60_000, team: 1, urgency: "asap", sensitivity: "medium", niche: true)),
        ("team-extension", TestAnswers.Of("high", "evolving", "strong", 18, 400_000)),
        ("no-pm-evolving", TestAnswers.Of("medium", "evolving", "none", 12, 200_000)),
        ("middle-ground", TestAnswers.Of("medium", "evolving", "partial", 12, 600_000, team: 4, workload: "full-time", location: "nearshore")),
        ("maintenance", TestAnswers.Of("low", "stable", "partial", 24, 60_000, team: 1, workload: "occasional")),
        ("regulated-onshore", TestAnswers.Of("high", "evolving", "strong", 24, 3_000_000, team: 6, sensitivity: "high", location: "onshore", residency: true)),
        ("six-months-no-team", TestAnswers.Of("high", "evolving", "strong", 6, 150_000)),
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
        // 400 answers from a fixed generator (every question, the optional ones answered two times in three), every
        // advice serialised and hashed.
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var state = 0x2545F4914F6CDD1DUL;
        int Next(int n)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            return (int)(state % (ulong)n);
        }
        int closeCallsWithSeveralSeparators = 0, withBreakEvens = 0, withAllReasons = 0, withNumericFlips = 0, sameArrangement = 0, practicalForms = 0, nearThresholds = 0, budgetBuys = 0;
        var fits = new HashSet<FitStrength>();
        var tensions = new HashSet<(string, EngagementAdvisor.Core.Models.EngagementModel)>();
        long[] budgets = [1_000, 8_000, 20_000, 50_000, 120_000, 300_000, 500_000, 900_000, 2_000_000, 6_000_000, 100_000_000];
        string? Optional(Question question) => Next(3) == 0 ? null : TestAnswers.Option(question, Next(question.Options.Count));
        for (var i = 0; i < 400; i++)
        {
            var answers = TestAnswers.Of(
                TestAnswers.Option(Questionnaire.Control, Next(3)), TestAnswers.Option(Questionnaire.ScopeStability, Next(3)), TestAnswers.Option(Questionnaire.InHousePm, Next(3)),
                1 + Next(60), budgets[Next(budgets.Length)],
                team: Next(3) == 0 ? null : 1 + Next(40),
                urgency: Optional(Questionnaire.StartUrgency),
                sensitivity: Optional(Questionnaire.DataSensitivity),
                niche: Next(3) == 0 ? null : Next(2) == 0,
                workload: Optional(Questionnaire.Workload),
                location: Optional(Questionnaire.TeamLocation),
                residency: Next(3) == 0 ? null : Next(2) == 0);
            var advice = Advisor.Advise(answers, Defaults);
            sha.AppendData(Encoding.UTF8.GetBytes(Json(advice) + "\n"));
            if (advice.Robustness.CloseCall is { Separators.Count: > 1 }) closeCallsWithSeveralSeparators++;
            if (advice.Costs.BreakEvens.Count > 0) withBreakEvens++;
            if (advice.Recommendation.ReasonsFor.Count == 3 && advice.Recommendation.ReasonsAgainst.Count == 2) withAllReasons++;
            foreach (var tension in advice.Tensions) tensions.Add((tension.Id, advice.Recommendation.Recommended));
            if (advice.Robustness.DurationFlip is not null || advice.Robustness.BudgetFlip is not null || advice.Robustness.TeamSizeFlip is not null) withNumericFlips++;
            if (advice.Robustness.SameArrangement is not null) sameArrangement++;
            if (advice.PracticalForm is not null) practicalForms++;
            if (advice.Robustness.NearThresholds.Count > 0) nearThresholds++;
            if (advice.Costs.TeamSizeAssumed) budgetBuys++;
            fits.Add(advice.Robustness.Fit);
        }
        // The spread reaches every branch the snapshot is meant to guard.
        Assert.True(closeCallsWithSeveralSeparators > 10, $"{closeCallsWithSeveralSeparators} close calls with several separators");
        Assert.True(withBreakEvens > 10, $"{withBreakEvens} with break-evens");
        Assert.True(withAllReasons > 10, $"{withAllReasons} with all reasons");
        Assert.True(withNumericFlips > 10, $"{withNumericFlips} with numeric flips");
        Assert.True(sameArrangement > 10, $"{sameArrangement} with the same-arrangement note");
        Assert.True(practicalForms > 10, $"{practicalForms} with a practical form");
        Assert.True(nearThresholds > 10, $"{nearThresholds} near a threshold");
        Assert.True(budgetBuys > 10, $"{budgetBuys} without a team size");
        Assert.Equal(Enum.GetValues<FitStrength>().Order(), fits.Order());
        // Every kind of tension, the model-dependent ones for the models they can name.
        Assert.True(tensions.Select(t => t.Item1).Distinct().Count() >= 11, string.Join(", ", tensions)); // urgent-offshoring is all but ruled out by its rule
        var hash = Convert.ToHexString(sha.GetHashAndReset());
        Assert.True(hash == SpreadHash, $"The advice JSON over the spread changed: hash {hash}.");
    }

    private const string SpreadHash = "D32DE348E6E2D817D7E8310922D01887B09095B5126DBE12E918010D4A9B25CD";
}

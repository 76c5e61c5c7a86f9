using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Features.Workshops;

namespace EngagementAdvisor.Web.Tests.Workshops;

/// <summary>
/// A closed workshop's result keeps only ids and figures: who counted, their answers, the settled facts. Read back,
/// they must give the very analysis the facilitator saw when closing.
/// </summary>
public sealed class FrozenWorkshopTests
{
    private static readonly Questionnaire Questions = Questionnaire.Default;

    private static Answers Person(string control, string pm, long budget) => Answers.Of(Questions,
    [
        KeyValuePair.Create("control", (string?)control), KeyValuePair.Create("scope-stability", (string?)"evolving"),
        KeyValuePair.Create("in-house-pm", (string?)pm), KeyValuePair.Create("duration", (string?)"12"),
        KeyValuePair.Create("budget", (string?)budget.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ]);

    [Fact]
    public void Frozen_and_read_back_it_gives_the_same_analysis_as_the_live_workshop()
    {
        var people = new List<ParticipantState>
        {
            new(1, 1, "Dana", "CTO", "Dana (CTO)", DateTime.UtcNow, Person("high", "strong", 150_000), DateTime.UtcNow, Included: true),
            new(2, 2, "Sam", "CFO", "Sam (CFO)", DateTime.UtcNow, Person("low", "none", 300_000), DateTime.UtcNow, Included: true),
            new(3, 3, "Lee", null, "Lee", DateTime.UtcNow, Person("medium", "partial", 300_000), DateTime.UtcNow, Included: true),
            // Left out, and one who never answered: neither counts, neither's answers are kept.
            new(4, 4, "Kim", null, "Kim", DateTime.UtcNow, Person("high", "strong", 900_000), DateTime.UtcNow, Included: false),
            new(5, 5, "Ash", null, "Ash", DateTime.UtcNow, null, null, Included: true),
        };
        var workshop = new WorkshopState(7, "Acme", ["CTO", "CFO"], Anonymous: false, Revealed: false, DateTime.UtcNow, "K7QM4XTR",
            new Dictionary<string, string> { ["budget"] = "250000" }, null, null, people);
        var weights = DefaultWeights.Create();

        var live = workshop.Analyse(Questions, weights)!;
        var frozen = FrozenWorkshop.FromJson(workshop.Freeze().ToJson())!;
        var again = frozen.Analyse(Questions, weights);

        Assert.Equal(["Dana (CTO)", "Sam (CFO)", "Lee"], again.Names);
        Assert.Equal(2, frozen.Excluded);
        Assert.DoesNotContain("900000", workshop.Freeze().ToJson(), StringComparison.Ordinal);
        Assert.Equal(live.GroupAnswers, again.GroupAnswers);
        Assert.Equal(live.FromGroupAnswers.Ranking, again.FromGroupAnswers.Ranking);
        Assert.Equal(live.MeanOfPeople, again.MeanOfPeople);
        Assert.Equal(live.Consensus, again.Consensus);
        Assert.Equal(live.Influence, again.Influence);
        Assert.Equal(live.Preferences.Select(p => (p.Question.Id, p.LowWinner, p.HighWinner, p.Decides)), again.Preferences.Select(p => (p.Question.Id, p.LowWinner, p.HighWinner, p.Decides)));
        Assert.Equal("250000", again.GroupAnswers[Questionnaire.Budget]);
    }
}

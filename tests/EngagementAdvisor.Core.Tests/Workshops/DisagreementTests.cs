using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Workshops;

namespace EngagementAdvisor.Core.Tests.Workshops;

public sealed class DisagreementTests
{
    [Fact]
    public void Everyone_giving_the_same_answer_is_no_disagreement() =>
        Assert.Equal(0, Disagreement.Of([0, 3, 0]));

    [Fact]
    public void Answers_spread_evenly_over_every_level_are_the_most_disagreement_there_can_be() =>
        Assert.Equal(1, Disagreement.Of([1, 1, 1]), 12);

    [Fact]
    public void Two_of_three_on_one_level_and_one_on_another_by_hand()
    {
        // p = 2/3, 1/3: H = −(2/3 ln 2/3 + 1/3 ln 1/3) = 0.636514; over ln 3 = 1.098612 → 0.579380.
        Assert.Equal(0.579380, Disagreement.Of([2, 1, 0]), 6);
    }

    [Fact]
    public void Nobody_answering_is_no_disagreement() => Assert.Equal(0, Disagreement.Of([0, 0]));

    [Theory]
    [InlineData(new[] { 0, 0, 0 }, 1.0, "very high")]
    [InlineData(new[] { 0, 0, 1 }, 0.541, "low")]
    [InlineData(new[] { 0, 1, 2, 3 }, 0.0, "very low")]
    [InlineData(new[] { 0, 0, 0, 1 }, 0.594, "low")]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 1 }, 0.704, "moderate")]
    public void Consensus_over_the_people_s_winners_by_hand(int[] winners, double share, string words)
    {
        // 2:1 → H = 0.636514 over ln 4 = 1.386294 → 0.459148, consensus 0.540852; 3:1 → H = 0.562335, consensus
        // 0.594361; 6:1 → H = 0.410116, consensus 0.704164; four people, four models → H = ln 4, consensus 0.
        var consensus = Consensus.Of(winners.Select(w => EngagementModels.All[w]));

        Assert.Equal(share, consensus.Share, 2);
        Assert.Equal(words, consensus.Words);
    }
}

using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Tests.Scoring;

public sealed class FactorRationaleTests
{
    [Fact]
    public void Every_scored_question_says_why_its_defaults_are_what_they_are_citing_facts_that_exist()
    {
        Assert.Equal(Questionnaire.Default.Scored.Select(q => q.Id).Order(StringComparer.Ordinal), DefaultWeights.Rationales.Select(r => r.Factor).Order(StringComparer.Ordinal));
        Assert.All(DefaultWeights.Rationales, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Why));
            Assert.NotEmpty(r.Facts);
            Assert.All(r.Facts, id => Assert.Contains(id, EngagementAdvisor.Core.Knowledge.Facts.Ids));
        });
    }
}

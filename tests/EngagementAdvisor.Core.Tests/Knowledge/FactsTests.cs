using EngagementAdvisor.Core.Knowledge;

namespace EngagementAdvisor.Core.Tests.Knowledge;

public sealed class FactsTests
{
    [Fact]
    public void Every_fact_from_F1_to_F89_names_at_least_one_known_source()
    {
        Assert.Equal(Enumerable.Range(1, 89).Select(i => $"F{i}"), Facts.Ids);
        Assert.All(Facts.Ids, id =>
        {
            var origin = Facts.Of(id);
            Assert.NotEmpty(origin.Sources);
            Assert.All(origin.Sources, source => Assert.Equal(source, Sources.Get(source).Id));
        });
    }

    [Theory]
    [InlineData("F15", Provenance.VendorClaim)]
    [InlineData("F33", Provenance.VendorClaim)]
    [InlineData("F88", Provenance.MarketFigure)]
    [InlineData("F34", Provenance.Source)]
    public void Figures_a_vendor_publishes_are_marked_as_such(string id, Provenance provenance) =>
        Assert.Equal(provenance, Facts.Of(id).Provenance);

    [Fact]
    public void An_unknown_fact_id_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Facts.Of("F90"));

    [Fact]
    public void No_text_the_catalogue_shows_carries_a_fact_code_or_a_source_id()
    {
        var catalogue = KnowledgeCatalogue.Default;
        var texts = EngagementAdvisor.Core.Models.EngagementModels.All
            .Select(catalogue.Profile)
            .SelectMany(p => new[] { p.WhatItIs, p.WhoManages, p.WhoIsAccountable, p.HowYouPay, p.TypicalContract, p.OnboardingSpeed }
                .Concat(p.FitsWhen).Concat(p.DoesNotFitWhen).Concat(p.HiddenCosts).Concat(p.WhatToWatch).Concat(p.ContractTerms)
                .Append(p.NextStep!))
            .SelectMany(c => new[] { c.Text, c.Derivation ?? "" });
        Assert.All(texts, text => Assert.DoesNotMatch(@"\b[FS]\d{1,2}\b", text));
    }
}

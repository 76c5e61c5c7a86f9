using System.Text.RegularExpressions;
using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Tests.Knowledge;

public sealed partial class KnowledgeCatalogueTests
{
    private static readonly KnowledgeCatalogue Catalogue = KnowledgeCatalogue.Default;

    /// <summary>
    /// The source tags of F1–F89 as facts.md gives them, kept apart from the catalogue's own table so a
    /// wrong citation there is caught here.
    /// </summary>
    private static readonly Dictionary<string, string[]> FactSources = new(StringComparer.Ordinal)
    {
        ["F1"] = ["S0", "S3", "S4"], ["F2"] = ["S0"], ["F3"] = ["S2"], ["F4"] = ["S2"], ["F5"] = ["S2", "S3"],
        ["F6"] = ["S1"], ["F7"] = ["S1"], ["F8"] = ["S0", "S1"], ["F9"] = ["S1"], ["F10"] = ["S3"],
        ["F11"] = ["S3"], ["F12"] = ["S3"], ["F13"] = ["S2"], ["F14"] = ["S3"], ["F15"] = ["S3"],
        ["F16"] = ["S3"], ["F17"] = ["S4"], ["F18"] = ["S4"], ["F19"] = ["S4"], ["F20"] = ["S0", "S2", "S3"],
        ["F21"] = ["S4"], ["F22"] = ["S0", "S3"], ["F23"] = ["S2"], ["F24"] = ["S2"], ["F25"] = ["S2"],
        ["F26"] = ["S2"], ["F27"] = ["S0", "S1"], ["F28"] = ["S1"], ["F29"] = ["S0", "S1", "S2"], ["F30"] = ["S1"],
        ["F31"] = ["S1"], ["F32"] = ["S3"], ["F33"] = ["S3"], ["F34"] = ["S3"], ["F35"] = ["S3"],
        ["F36"] = ["S3"], ["F37"] = ["S3"], ["F38"] = ["S2"], ["F39"] = ["S0"], ["F40"] = ["S3"],
        ["F41"] = ["S3"], ["F42"] = ["S3"], ["F43"] = ["S3"], ["F44"] = ["S3"], ["F45"] = ["S4"],
        ["F46"] = ["S4"], ["F47"] = ["S4"], ["F48"] = ["S4"], ["F49"] = ["S4"], ["F50"] = ["S4"],
        ["F51"] = ["S4"], ["F52"] = ["S3"], ["F53"] = ["S3"], ["F54"] = ["S3"], ["F55"] = ["S3"],
        ["F56"] = ["S3"], ["F57"] = ["S3"], ["F58"] = ["S3"], ["F59"] = ["S3"], ["F60"] = ["S3"],
        ["F61"] = ["S3"], ["F62"] = ["S3"], ["F63"] = ["S3"], ["F64"] = ["S3"], ["F65"] = ["S3"],
        ["F66"] = ["S3"], ["F67"] = ["S3"], ["F68"] = ["S3"], ["F69"] = ["S3"], ["F70"] = ["S3"],
        ["F71"] = ["S3"], ["F72"] = ["S3"], ["F73"] = ["S3"], ["F74"] = ["S3"], ["F75"] = ["S3"],
        ["F76"] = ["S0"], ["F77"] = ["S3"], ["F78"] = ["S3", "S4"], ["F79"] = ["S2", "S3"], ["F80"] = ["S3", "S4"],
        ["F81"] = ["S3", "S4"], ["F82"] = ["S4"], ["F83"] = ["S4"], ["F84"] = ["S3"], ["F85"] = ["S3"],
        ["F86"] = ["S3"], ["F87"] = ["S0"], ["F88"] = ["S4"], ["F89"] = ["S3"],
    };

    /// <summary>Every dollar figure in facts.md; the catalogue may show these and no others.</summary>
    private static readonly HashSet<string> DollarFigures =
    [
        "$25–80/hr", "$35–55/hr", "$70–85/hr", "$50,000", "$60,000", "$120,000",
        "$430.50 billion", "$361 billion", "$777.8 billion", "$806.56 billion",
    ];

    /// <summary>Every number in facts.md (fact and source ids aside), as written there.</summary>
    private static readonly HashSet<string> NumbersInFacts =
    [
        "25–80", "35–55", "70–85", "7+", "1–2", "2–4", "40–60", "6+", "50,000", "60,000", "120,000", "2.8",
        "430.50", "361", "777.8", "806.56", "2013", "2020", "2021", "2023", "2024", "2028", "2030",
        "2", "27001", "30", "300+", "23",
    ];

    [GeneratedRegex(@"\$\d+(?:[.,]\d+)*(?:–\d+(?:[.,]\d+)*)?(?:/hr| billion)?")]
    private static partial Regex DollarFigure();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*(?:–\d+(?:[.,]\d+)*)?\+?")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b[FS]\d+\b")]
    private static partial Regex FactOrSourceId();

    [GeneratedRegex(@"^F\d+$")]
    private static partial Regex FactId();

    [GeneratedRegex(@"[.!?](?=\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\d\s?[-—]\s?\d")]
    private static partial Regex RangeWithoutEnDash();

    [Fact]
    public void Offshorings_confidentiality_claim_is_always_labelled_as_a_vendors_claim()
    {
        // F50 and F82 come from a firm that sells offshore teams (S4): never stated as a plain finding.
        var carrying = AllCited().Where(c => c.Cited.Facts.Contains("F50") || c.Cited.Facts.Contains("F82")).ToList();

        Assert.NotEmpty(carrying);
        Assert.All(carrying, c => Assert.True(c.Cited.Provenance == Provenance.VendorClaim || !c.Cited.Facts.Contains("F50"), c.Where));
        Assert.All(carrying.Where(c => c.Where.StartsWith("Offshoring", StringComparison.Ordinal) || c.Where.EndsWith("/Offshoring", StringComparison.Ordinal)),
            c => Assert.Equal(Provenance.VendorClaim, c.Cited.Provenance));
    }

    [Fact]
    public void Every_model_has_contract_advice_on_pricing_code_and_exit()
    {
        foreach (var (model, profile) in Catalogue.Profiles)
        {
            Assert.NotEmpty(profile.ContractTerms);
            Assert.Contains(profile.ContractTerms, t => t.Text.StartsWith("Pricing", StringComparison.Ordinal) || t.Text.StartsWith("Set-up", StringComparison.Ordinal));
            Assert.Contains(profile.ContractTerms, t => t.Text.StartsWith("Code and IP", StringComparison.Ordinal) && t.Facts.Contains("F68"));
            Assert.Contains(profile.ContractTerms, t => t.Text.StartsWith("Exit", StringComparison.Ordinal));
        }
        Assert.Contains(Catalogue.Profiles[EngagementModel.Outsourcing].ContractTerms, t => t.Text.Contains("fixed price only once the scope is written down", StringComparison.Ordinal));
        Assert.Contains(Catalogue.Profiles[EngagementModel.Outstaffing].ContractTerms, t => t.Text.StartsWith("Replacement and notice", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_model_has_a_profile_with_every_field_filled_in()
    {
        Assert.Equal(EngagementModels.All.Order(), Catalogue.Profiles.Keys.Order());
        foreach (var (model, profile) in Catalogue.Profiles)
        {
            Assert.Equal(model, profile.Model);
            foreach (var single in new[] { profile.WhatItIs, profile.WhoManages, profile.WhoIsAccountable, profile.HowYouPay, profile.TypicalContract, profile.OnboardingSpeed })
            {
                Assert.False(string.IsNullOrWhiteSpace(single.Text), $"{model}: an empty profile field");
            }
            foreach (var list in new[] { profile.FitsWhen, profile.DoesNotFitWhen, profile.HiddenCosts, profile.WhatToWatch })
            {
                Assert.NotEmpty(list);
                Assert.All(list, item => Assert.False(string.IsNullOrWhiteSpace(item.Text)));
            }
        }
    }

    [Fact]
    public void What_a_phone_shows_first_has_a_short_headline_for_every_model()
    {
        // The first screen of a result on a phone shows the next step and, without a tension, the first thing to watch.
        foreach (var (model, profile) in Catalogue.Profiles)
        {
            foreach (var item in new[] { profile.NextStep!, profile.WhatToWatch[0] })
            {
                Assert.False(string.IsNullOrWhiteSpace(item.Headline), $"{model}: no headline for \"{item.Text}\"");
                Assert.True(item.Headline!.Length <= 70, $"{model}: \"{item.Headline}\" is no headline");
                Assert.True(item.Headline.Length < item.Text.Length / 2 + 20, $"{model}: \"{item.Headline}\" is as long as its text");
            }
        }
    }

    [Fact]
    public void The_comparison_has_the_fourteen_dimensions_in_order()
    {
        Assert.Equal(
            ["control", "management", "pricing", "onboarding-speed", "ip-ownership", "best-for", "flexibility",
             "budget-predictability", "management-costs", "upfront-investment", "hidden-costs", "payment-cadence",
             "communication", "confidentiality"],
            Catalogue.Dimensions.Select(d => d.Id));
        Assert.Equal("Pricing model and typical rates", Catalogue.Dimensions.Single(d => d.Id == "pricing").Name);
    }

    [Fact]
    public void Every_dimension_answers_for_every_model()
    {
        foreach (var dimension in Catalogue.Dimensions)
        {
            Assert.False(string.IsNullOrWhiteSpace(dimension.Name));
            Assert.Equal(EngagementModels.All.Order(), dimension.Cells.Keys.Order());
            Assert.All(EngagementModels.All, model => Assert.False(string.IsNullOrWhiteSpace(dimension.For(model).Text)));
        }
    }

    [Fact]
    public void The_checklist_has_the_seven_risk_areas_in_order_each_checked_for_every_model()
    {
        Assert.Equal(
            ["ip-ownership", "ndas", "data-security", "code-repository-access", "communication-slas", "deliverables", "replacing-a-leaver"],
            Catalogue.RiskAreas.Select(r => r.Id));
        foreach (var area in Catalogue.RiskAreas)
        {
            Assert.False(string.IsNullOrWhiteSpace(area.Name));
            Assert.False(string.IsNullOrWhiteSpace(area.WhyItMatters));
            Assert.Equal(EngagementModels.All.Order(), area.WhatToCheck.Keys.Order());
            Assert.All(EngagementModels.All, model => Assert.False(string.IsNullOrWhiteSpace(area.For(model).Text)));
        }
    }

    [Fact]
    public void There_are_seven_vendor_questions_each_with_a_reason_and_a_strong_and_weak_answer()
    {
        Assert.Equal(
            ["code-ownership", "individual-ndas", "attrition-rate", "leaver-handling", "references", "async-tools", "escalation-path"],
            Catalogue.VendorQuestions.Select(q => q.Id));
        foreach (var question in Catalogue.VendorQuestions)
        {
            Assert.EndsWith("?", question.Question, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(question.WhyItMatters));
            Assert.False(string.IsNullOrWhiteSpace(question.GoodAnswer));
            Assert.False(string.IsNullOrWhiteSpace(question.WeakAnswer));
            Assert.NotEqual(question.GoodAnswer, question.WeakAnswer);
        }
    }

    [Theory]
    [InlineData("pricing", EngagementModel.Outstaffing, "$25–80/hr")]
    [InlineData("pricing", EngagementModel.Outstaffing, "$35–55/hr")]
    [InlineData("pricing", EngagementModel.Outstaffing, "$70–85/hr")]
    [InlineData("pricing", EngagementModel.StaffAugmentation, "$25–80/hr")]
    [InlineData("pricing", EngagementModel.StaffAugmentation, "$35–55/hr")]
    [InlineData("pricing", EngagementModel.StaffAugmentation, "$70–85/hr")]
    [InlineData("onboarding-speed", EngagementModel.Outsourcing, "2–4 weeks")]
    [InlineData("onboarding-speed", EngagementModel.Outstaffing, "1–2 weeks")]
    [InlineData("onboarding-speed", EngagementModel.StaffAugmentation, "1–2 weeks")]
    [InlineData("onboarding-speed", EngagementModel.StaffAugmentation, "40–60 days")]
    [InlineData("hidden-costs", EngagementModel.Outsourcing, "$50,000")]
    [InlineData("hidden-costs", EngagementModel.Outstaffing, "2–4 weeks")]
    [InlineData("hidden-costs", EngagementModel.StaffAugmentation, "2–4 weeks")]
    [InlineData("best-for", EngagementModel.Outstaffing, "6+ months")]
    public void Figures_from_the_sources_appear_in_their_models_comparison_cell(string dimension, EngagementModel model, string figure)
    {
        var cell = Catalogue.Dimensions.Single(d => d.Id == dimension).For(model);

        Assert.Contains(figure, cell.Text, StringComparison.Ordinal);
        Assert.Equal(Provenance.VendorClaim, cell.Provenance);
    }

    [Theory]
    [InlineData(EngagementModel.Outstaffing, "HowYouPay", "$25–80/hr")]
    [InlineData(EngagementModel.Outstaffing, "HowYouPay", "$35–55/hr")]
    [InlineData(EngagementModel.Outstaffing, "HowYouPay", "$70–85/hr")]
    [InlineData(EngagementModel.StaffAugmentation, "HowYouPay", "$25–80/hr")]
    [InlineData(EngagementModel.StaffAugmentation, "HowYouPay", "$35–55/hr")]
    [InlineData(EngagementModel.StaffAugmentation, "HowYouPay", "$70–85/hr")]
    [InlineData(EngagementModel.Outsourcing, "OnboardingSpeed", "2–4 weeks")]
    [InlineData(EngagementModel.Outstaffing, "OnboardingSpeed", "1–2 weeks")]
    [InlineData(EngagementModel.StaffAugmentation, "OnboardingSpeed", "1–2 weeks")]
    [InlineData(EngagementModel.StaffAugmentation, "OnboardingSpeed", "40–60 days")]
    [InlineData(EngagementModel.StaffAugmentation, "FitsWhen", "40–60 days")]
    [InlineData(EngagementModel.Outstaffing, "HiddenCosts", "2–4 weeks")]
    [InlineData(EngagementModel.StaffAugmentation, "HiddenCosts", "2–4 weeks")]
    [InlineData(EngagementModel.Outstaffing, "FitsWhen", "6+ months")]
    [InlineData(EngagementModel.Outsourcing, "HiddenCosts", "$50,000")]
    [InlineData(EngagementModel.Outsourcing, "HiddenCosts", "$60,000")]
    [InlineData(EngagementModel.Outsourcing, "HiddenCosts", "$120,000")]
    public void Figures_from_the_sources_appear_in_their_models_profile(EngagementModel model, string section, string figure)
    {
        var carrying = ProfileSection(Catalogue.Profile(model), section).Where(c => c.Text.Contains(figure, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(carrying);
        Assert.All(carrying, c => Assert.Equal(Provenance.VendorClaim, c.Provenance));
    }

    [Fact]
    public void The_attrition_question_wants_tenure_data_and_a_knowledge_transfer_protocol()
    {
        var attrition = Catalogue.VendorQuestions.Single(q => q.Id == "attrition-rate");

        Assert.Contains("2.8 years", attrition.GoodAnswer, StringComparison.Ordinal);
        Assert.Contains("knowledge-transfer protocol", attrition.GoodAnswer, StringComparison.Ordinal);
        Assert.Contains("very low turnover", attrition.WeakAnswer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no data", attrition.WeakAnswer, StringComparison.Ordinal);
        Assert.Contains("F75", attrition.Facts);
    }

    [Fact]
    public void Offshoring_rates_are_marked_as_not_in_the_sources_and_no_rate_is_invented()
    {
        var pricing = Catalogue.Dimensions.Single(d => d.Id == "pricing").For(EngagementModel.Offshoring);
        var howYouPay = Catalogue.Profile(EngagementModel.Offshoring).HowYouPay;

        foreach (var cited in new[] { pricing, howYouPay })
        {
            Assert.Equal(Provenance.NotInSources, cited.Provenance);
            Assert.Contains("no rates", cited.Text, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\d", cited.Text);
        }
    }

    [Fact]
    public void Staff_augmentation_risk_checks_are_derived_from_outstaffing_and_say_why()
    {
        foreach (var area in Catalogue.RiskAreas)
        {
            var check = area.For(EngagementModel.StaffAugmentation);
            Assert.Equal(Provenance.Derived, check.Provenance);
            Assert.Contains("US name", check.Derivation, StringComparison.Ordinal);
            Assert.Contains("F40", check.Facts);
        }
    }

    [Fact]
    public void Offshoring_risk_checks_are_derived_from_the_team_working_as_your_division()
    {
        foreach (var area in Catalogue.RiskAreas)
        {
            var check = area.For(EngagementModel.Offshoring);
            Assert.Equal(Provenance.Derived, check.Provenance);
            Assert.Contains(check.Facts, f => f is "F45" or "F46");
        }
    }

    [Fact]
    public void Market_figures_are_attributed_to_their_sources()
    {
        var figures = Catalogue.MarketFigures.ToDictionary(m => m.Figure.Facts.Single(), m => m.Figure);

        Assert.Equal(["F44", "F87", "F88", "F89"], figures.Keys.Order(StringComparer.Ordinal));
        AssertFigure(figures["F87"], Provenance.MarketFigure, "S0", "$430.50 billion", "2023");
        AssertFigure(figures["F88"], Provenance.MarketFigure, "S4", "$361 billion", "2021", "$777.8 billion", "2028");
        AssertFigure(figures["F89"], Provenance.MarketFigure, "S3", "$806.56 billion", "2030");
        AssertFigure(figures["F44"], Provenance.VendorClaim, "S3", "MBO Partners", "2020", "2024", "more than doubled");
        Assert.All(Catalogue.MarketFigures, m => Assert.False(string.IsNullOrWhiteSpace(m.Id)));
        Assert.Equal(Catalogue.MarketFigures.Count, Catalogue.MarketFigures.Select(m => m.Id).Distinct().Count());
    }

    [Fact]
    public void Every_statement_cites_known_facts_and_exactly_the_sources_those_facts_come_from()
    {
        foreach (var (where, cited) in AllCited())
        {
            AssertCitation(where, cited.Facts, cited.Sources);
        }
        foreach (var question in Catalogue.VendorQuestions)
        {
            AssertCitation(question.Id, question.Facts, question.Sources);
        }
    }

    [Fact]
    public void Every_derived_statement_explains_its_derivation_from_named_facts()
    {
        var derived = AllCited().Where(c => c.Cited.Provenance == Provenance.Derived).ToList();

        Assert.NotEmpty(derived);
        foreach (var (where, cited) in derived)
        {
            Assert.False(string.IsNullOrWhiteSpace(cited.Derivation), $"{where} is derived but does not say how");
            // The reasoning names its facts through the statement's fact ids (shown as notes), not by code in its words.
            Assert.NotEmpty(cited.Facts);
            Assert.DoesNotMatch(@"\b[FS]\d+\b", cited.Derivation);
        }
    }

    [Fact]
    public void No_dollar_figure_appears_that_the_sources_do_not_give()
    {
        foreach (var text in AllTexts())
        {
            var figures = DollarFigure().Matches(text).Select(m => m.Value).ToList();

            Assert.Equal(text.Count(c => c == '$'), figures.Count);
            Assert.All(figures, figure => Assert.Contains(figure, DollarFigures));
        }
    }

    [Fact]
    public void No_number_appears_that_the_sources_do_not_give()
    {
        foreach (var text in AllTexts())
        {
            foreach (var number in Number().Matches(FactOrSourceId().Replace(text, "")).Select(m => m.Value))
            {
                Assert.True(NumbersInFacts.Contains(number), $"'{number}' is not a figure from the sources: {text}");
            }
        }
    }

    [Fact]
    public void Ranges_are_written_with_an_en_dash()
    {
        Assert.All(AllTexts(), text => Assert.DoesNotMatch(RangeWithoutEnDash(), text));
    }

    [Fact]
    public void Every_statement_is_one_or_two_sentences()
    {
        foreach (var (where, cited) in AllCited())
        {
            Assert.True(SentenceEnd().Count(cited.Text) <= 2, $"{where} runs longer than two sentences: {cited.Text}");
        }
    }

    private static void AssertFigure(Cited figure, Provenance provenance, string source, params string[] expected)
    {
        Assert.Equal(provenance, figure.Provenance);
        Assert.Equal([source], figure.Sources);
        Assert.All(expected, e => Assert.Contains(e, figure.Text, StringComparison.Ordinal));
    }

    private static void AssertCitation(string where, IReadOnlyList<string> facts, IReadOnlyList<string> sources)
    {
        Assert.NotEmpty(facts);
        foreach (var fact in facts)
        {
            Assert.Matches(FactId(), fact);
            Assert.True(FactSources.ContainsKey(fact), $"{where} cites {fact}, which facts.md does not have");
        }
        Assert.All(sources, s => Assert.Contains(s, Sources.All.Select(known => known.Id)));
        Assert.Equal(facts.SelectMany(f => FactSources[f]).Distinct().Order(StringComparer.Ordinal), sources.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<Cited> ProfileSection(ModelProfile profile, string section) => section switch
    {
        "HowYouPay" => [profile.HowYouPay],
        "OnboardingSpeed" => [profile.OnboardingSpeed],
        "FitsWhen" => profile.FitsWhen,
        "HiddenCosts" => profile.HiddenCosts,
        "WhatToWatch" => profile.WhatToWatch,
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "Not a profile section these tests read."),
    };

    private static IEnumerable<(string Where, Cited Cited)> AllCited()
    {
        foreach (var (model, p) in Catalogue.Profiles)
        {
            yield return ($"{model}.WhatItIs", p.WhatItIs);
            yield return ($"{model}.WhoManages", p.WhoManages);
            yield return ($"{model}.WhoIsAccountable", p.WhoIsAccountable);
            yield return ($"{model}.HowYouPay", p.HowYouPay);
            yield return ($"{model}.TypicalContract", p.TypicalContract);
            yield return ($"{model}.OnboardingSpeed", p.OnboardingSpeed);
            foreach (var item in p.FitsWhen.Concat(p.DoesNotFitWhen).Concat(p.HiddenCosts).Concat(p.WhatToWatch).Concat(p.ContractTerms))
            {
                yield return ($"{model} profile list", item);
            }
        }
        foreach (var dimension in Catalogue.Dimensions)
        {
            foreach (var (model, cell) in dimension.Cells)
            {
                yield return ($"{dimension.Id}/{model}", cell);
            }
        }
        foreach (var area in Catalogue.RiskAreas)
        {
            foreach (var (model, check) in area.WhatToCheck)
            {
                yield return ($"risk {area.Id}/{model}", check);
            }
        }
        foreach (var figure in Catalogue.MarketFigures)
        {
            yield return ($"market {figure.Id}", figure.Figure);
        }
    }

    private static IEnumerable<string> AllTexts()
    {
        foreach (var (_, cited) in AllCited())
        {
            yield return cited.Text;
            if (cited.Derivation is { } derivation)
            {
                yield return derivation;
            }
        }
        foreach (var dimension in Catalogue.Dimensions)
        {
            yield return dimension.Name;
        }
        foreach (var area in Catalogue.RiskAreas)
        {
            yield return area.Name;
            yield return area.WhyItMatters;
        }
        foreach (var q in Catalogue.VendorQuestions)
        {
            yield return q.Question;
            yield return q.WhyItMatters;
            yield return q.GoodAnswer;
            yield return q.WeakAnswer;
        }
    }
}

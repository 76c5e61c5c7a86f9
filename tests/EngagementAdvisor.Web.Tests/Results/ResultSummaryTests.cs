using System.Text.RegularExpressions;
using AngleSharp.Dom;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Results;

/// <summary>
/// The top of a result decides (issue 19): the verdict in words, what sets it apart from the runner-up, the cost
/// against the budget, the main risk and the next step; everything else opens on demand, or all of it in the full
/// report. No fact codes, rule ids or statistics jargon reach the reader.
/// </summary>
public sealed partial class ResultSummaryTests : AppTest
{
    // Situations that set off many texts: rules, tensions, the practical form, one arrangement under two names.
    public static TheoryData<string> Situations() => new()
    {
        FormAnswers.OutsourcingCaseJson,
        """{"control":"high","scopeStability":"evolving","inHousePm":"strong","durationMonths":18,"budgetUsd":400000,"teamSize":3}""",
        """{"control":"medium","scopeStability":"evolving","inHousePm":"partial","durationMonths":12,"budgetUsd":600000,"teamSize":4,"startUrgency":"soon","dataSensitivity":"medium","nicheExpertise":false}""",
        """{"control":"high","scopeStability":"volatile","inHousePm":"none","durationMonths":36,"budgetUsd":50000,"teamSize":12,"startUrgency":"asap","teamLocation":"offshore","dataSensitivity":"high","dataResidency":true,"nicheExpertise":true}""",
        """{"control":"low","scopeStability":"stable","inHousePm":"strong","durationMonths":2,"budgetUsd":15000,"workload":"occasional"}""",
    };

    private async Task<IDocument> ResultAsync(string json, string query = "")
    {
        var created = await CreateAssessmentAsync(json);
        using var client = Factory.CreateBrowserLikeClient();
        using var response = await client.GetAsync(new Uri(new Uri(created.GetProperty("url").GetString()!).AbsolutePath + query, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await HtmlForms.ParseAsync(response);
    }

    [Fact]
    public async Task The_first_screen_holds_the_verdict_reasons_cost_risk_and_next_step_and_the_rest_is_closed()
    {
        var page = await ResultAsync(FormAnswers.OutsourcingCaseJson);

        var decision = page.QuerySelector("section.decision")!;
        Assert.Equal("Outsourcing fits best", decision.QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith("Strength of fit: strong.", decision.QuerySelector("#fit")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.InRange(decision.QuerySelectorAll(".reasons.apart li").Length, 1, 3);
        Assert.Contains("$60,000", decision.QuerySelector("#key-cost dd")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(decision.QuerySelector("#key-risk dd")!.TextContent.Trim());
        Assert.NotEmpty(decision.QuerySelector("#key-next dd")!.TextContent.Trim());
        // Everything after the first screen opens on demand.
        var sections = page.QuerySelectorAll("article.result > details");
        Assert.True(sections.Length >= 9, $"{sections.Length} sections");
        Assert.All(sections, s => Assert.False(s.HasAttribute("open"), s.Id));
        // One ranking and one cost chart: no second chart of the same scores.
        Assert.Single(page.QuerySelectorAll("table.ranking"));
        Assert.Single(page.QuerySelectorAll("figure.chart"));
    }

    [Theory]
    [MemberData(nameof(Situations))]
    public async Task A_phone_gets_the_decision_as_headlines_that_agree_with_the_detail_below(string json)
    {
        var page = await ResultAsync(json);

        var glance = page.QuerySelector("#glance")!;
        var lines = glance.QuerySelectorAll("div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent.Trim());
        Assert.Equal(["Fit", "Why", "Cost", "Main risk", "Next step"], lines.Keys);
        Assert.All(lines.Values, line => Assert.InRange(line.Length, 10, 160));
        // The fit's word is the detail's word; the budget is the detail's budget; the risk heads the risk shown below.
        var fitWord = FitWord().Match(page.QuerySelector("#fit")!.TextContent).Groups[1].Value;
        Assert.StartsWith(char.ToUpperInvariant(fitWord[0]) + fitWord[1..] + ":", lines["Fit"], StringComparison.Ordinal);
        var budget = Budget().Match(page.QuerySelector("#key-cost dd")!.TextContent).Value;
        Assert.Contains(budget, lines["Cost"], StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#key-risk dd"));
        Assert.NotNull(page.QuerySelector("#key-next dd"));
    }

    [Fact]
    public async Task The_phones_main_risk_is_the_headline_of_the_first_warning()
    {
        // High control without a PM: the warning that comes first is that nobody could exercise the control.
        var page = await ResultAsync("""{"control":"high","scopeStability":"stable","inHousePm":"none","durationMonths":6,"budgetUsd":90000}""");

        Assert.StartsWith("You want day-to-day control but have no in-house PM", page.QuerySelector("#key-risk dd")!.TextContent.Trim(), StringComparison.Ordinal);
        var risk = page.QuerySelectorAll("#glance div").Single(d => d.QuerySelector("dt")!.TextContent == "Main risk");
        Assert.Equal("You want control but have nobody to exercise it.", risk.QuerySelector("dd")!.TextContent.Trim());
    }

    [GeneratedRegex(@"Strength of fit: ([a-z\- ]+)\.")]
    private static partial Regex FitWord();

    [GeneratedRegex(@"\$[0-9,]+")]
    private static partial Regex Budget();

    [Fact]
    public async Task The_full_report_opens_every_section()
    {
        var page = await ResultAsync(FormAnswers.OutsourcingCaseJson, "?report=full");

        var sections = page.QuerySelectorAll("article.result > details");
        Assert.All(sections, s => Assert.True(s.HasAttribute("open"), s.Id));
        Assert.NotNull(page.QuerySelector("#summary-link"));
    }

    [Fact]
    public async Task The_reasons_on_top_are_those_that_set_the_winner_apart_not_those_both_share()
    {
        var page = await ResultAsync("""{"control":"high","scopeStability":"evolving","inHousePm":"strong","durationMonths":18,"budgetUsd":400000,"teamSize":3}""");

        // Outstaffing and staff augmentation lead as one arrangement: what sets it apart is against the third model.
        var heading = page.QuerySelector("#apart-heading")!.TextContent;
        Assert.Contains("rather than", heading, StringComparison.Ordinal);
        Assert.DoesNotContain("staff augmentation", heading[heading.IndexOf("rather than", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_no_model_fits_the_budget_the_summary_says_so_and_what_the_budget_buys()
    {
        var page = await ResultAsync("""{"control":"high","scopeStability":"evolving","inHousePm":"strong","durationMonths":12,"budgetUsd":250000,"teamSize":5}""");

        var noneFits = page.QuerySelector("#none-fits")!.TextContent;
        Assert.Contains("No model fits this budget", noneFits, StringComparison.Ordinal);
        Assert.Matches(@"pays for this team for \d+ of your 12 months", Regex.Replace(noneFits, @"\s+", " "));
        Assert.Contains("every model", page.QuerySelector("#tension-over-budget")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Budget_words_are_explained_where_they_are_used()
    {
        var page = await ResultAsync("""{"control":"high","scopeStability":"evolving","inHousePm":"strong","durationMonths":12,"budgetUsd":500000,"teamSize":3}""");

        var legend = page.QuerySelector("#fit-legend")!.TextContent;
        Assert.Contains("“Fits”", legend, StringComparison.Ordinal);
        Assert.Contains("“tight”", legend, StringComparison.Ordinal);
        Assert.Contains("“over”", legend, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Situations))]
    public async Task No_fact_codes_rule_ids_or_statistics_jargon_reach_the_reader(string json)
    {
        foreach (var query in new[] { "", "?report=full" })
        {
            var page = await ResultAsync(json, query);
            foreach (var script in page.QuerySelectorAll("script, style").ToList()) script.Remove();
            var text = page.Body!.TextContent;

            Assert.DoesNotMatch(FactCode(), text);
            Assert.DoesNotMatch(@"\bS[0-4]\b", text);
            foreach (var rule in EngagementAdvisor.Core.Scoring.DefaultWeights.Create().KnockOuts)
            {
                Assert.DoesNotContain(rule.Id, text, StringComparison.Ordinal);
            }
            foreach (var jargon in new[] { "Monte", "jitter", "±", "Rule:", "variations of the judgement" })
            {
                Assert.DoesNotContain(jargon, text, StringComparison.Ordinal);
            }
            // Every note number points to a note that names an article.
            foreach (var link in page.QuerySelectorAll("sup.fn a"))
            {
                var note = page.QuerySelector(link.GetAttribute("href")!);
                Assert.NotNull(note);
                Assert.Contains("“", note!.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [GeneratedRegex(@"\bF\d{1,2}\b")]
    private static partial Regex FactCode();
}

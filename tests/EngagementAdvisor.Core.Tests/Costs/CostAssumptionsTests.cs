using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using static EngagementAdvisor.Core.Tests.Costs.CostInputs;

namespace EngagementAdvisor.Core.Tests.Costs;

public sealed class CostAssumptionsTests
{
    // As the web layer stores weight sets and results: web defaults (camelCase) and kebab-case enums.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    [Fact]
    public void The_defaults_are_the_documented_numbers()
    {
        var d = CostAssumptions.Default;

        Assert.Equal(160, d.HoursPerMonth);
        Assert.Equal(new CostRange(25, 45, 80), d.TeamExtensionRateUsd);
        Assert.Equal(new CostRange(0.15, 0.25, 0.35), d.OutsourcingMarkup);
        Assert.Equal(new CostRange(2, 3, 4), d.RampWeeks);
        Assert.Equal(0.5, d.RampProductivity);
        Assert.Equal(new CostRange(0.10, 0.15, 0.20), d.ClientManagementShare);
        Assert.Equal(new CostRange(0.10, 0.25, 0.50), d.ScopeBufferEvolving);
        Assert.Equal(new CostRange(0.25, 0.50, 1.00), d.ScopeBufferVolatile);
        Assert.Equal(new CostRange(70, 77, 85), d.NicheRateUsd);
        Assert.Equal(new CostRange(0.05, 0.08, 0.12), d.OutsourcingClientShare);
        Assert.Equal(new CostRange(20_000, 40_000, 80_000), d.OffshoringSetupUsd);
        Assert.Equal(new CostRange(1_000, 3_000, 6_000), d.OffshoringSetupPerEngineerUsd);
        Assert.Equal(0.5, d.PartTimeShare);
        Assert.Equal(0.15, d.OccasionalShare);
    }

    [Fact]
    public void Offshoring_rates_are_derived_from_the_team_extension_range_and_lower_once_set_up()
    {
        // No source quotes offshoring rates: same talent markets (F37), long-run savings (F49).
        var d = CostAssumptions.Default;

        Assert.InRange(d.OffshoringRateUsd.Low, d.TeamExtensionRateUsd.Low, d.TeamExtensionRateUsd.High);
        Assert.InRange(d.OffshoringRateUsd.High, d.TeamExtensionRateUsd.Low, d.TeamExtensionRateUsd.High);
        Assert.True(d.OffshoringRateUsd.Likely < d.TeamExtensionRateUsd.Likely);
        var line = Assert.Single(d.Describe(), l => l.Id == "offshoring-rate");
        Assert.True(line.OurAssumption);
        Assert.Contains("F37", line.Facts);
        Assert.Contains("F49", line.Facts);
    }

    [Fact]
    public void Every_default_range_runs_from_low_through_likely_to_high()
    {
        var ranges = typeof(CostAssumptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(CostRange))
            .Select(p => (p.Name, Range: (CostRange)p.GetValue(CostAssumptions.Default)!))
            .ToList();

        Assert.NotEmpty(ranges);
        Assert.All(ranges, r =>
        {
            Assert.True(r.Range.Low >= 0, r.Name);
            Assert.True(r.Range.Low <= r.Range.Likely && r.Range.Likely <= r.Range.High, r.Name);
        });
        Assert.InRange(CostAssumptions.Default.RampProductivity, 0, 1);
    }

    [Fact]
    public void Describe_gives_every_line_an_id_a_label_a_value_and_either_facts_or_the_our_assumption_flag()
    {
        var lines = CostAssumptions.Default.Describe();

        Assert.Equal(lines.Count, lines.Select(l => l.Id).Distinct().Count());
        Assert.All(lines, line =>
        {
            Assert.False(string.IsNullOrWhiteSpace(line.Id));
            Assert.False(string.IsNullOrWhiteSpace(line.Label));
            Assert.False(string.IsNullOrWhiteSpace(line.Value));
            Assert.True(line.OurAssumption || line.Facts.Count > 0, $"{line.Id}: a vendor-quoted figure needs its facts");
            Assert.All(line.Facts, fact => Assert.Matches("^F[1-9][0-9]?$", fact));
        });
    }

    [Fact]
    public void Describe_shows_every_assumption_so_changing_any_one_changes_what_the_user_reads()
    {
        // Guards against a new assumption added to the record but left out of Describe(). The properties are init-only;
        // reflection sets them on a copy made with the record's own clone.
        var clone = typeof(CostAssumptions).GetMethod("<Clone>$")!;
        var original = CostAssumptions.Default.Describe().Select(l => l.Value).ToList();
        var properties = typeof(CostAssumptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToList();

        Assert.NotEmpty(properties);
        foreach (var property in properties)
        {
            var copy = (CostAssumptions)clone.Invoke(CostAssumptions.Default, null)!;
            property.SetValue(copy, property.GetValue(copy) switch
            {
                int i => i + 1,
                double x => x + 0.1,
                CostRange r => new CostRange(r.Low + 1, r.Likely + 1, r.High + 1),
                var other => throw new InvalidOperationException($"Teach this test to change a {other?.GetType().Name}"),
            });

            Assert.True(!original.SequenceEqual(copy.Describe().Select(l => l.Value)), $"{property.Name} is not visible in Describe()");
        }
    }

    [Fact]
    public void The_team_extension_rate_reads_25_to_80_dollars_an_hour_and_cites_the_vendor_quote()
    {
        var line = Assert.Single(CostAssumptions.Default.Describe(), l => l.Id == "team-extension-rate");

        Assert.Contains("$25–80/hr", line.Value, StringComparison.Ordinal);
        Assert.Contains("$45", line.Value, StringComparison.Ordinal);
        Assert.Contains("F32", line.Facts);
        Assert.Contains("F33", line.Facts);
        Assert.False(line.OurAssumption);
    }

    [Theory]
    [InlineData("ramp-weeks", "F35")]
    [InlineData("ramp-weeks", "F16")]
    [InlineData("outsourcing-markup", "F55")]
    [InlineData("client-management", "F55")]
    [InlineData("scope-buffer-evolving", "F14")]
    [InlineData("scope-buffer-volatile", "F15")]
    [InlineData("offshoring-setup", "F49")]
    [InlineData("offshoring-setup", "F48")]
    [InlineData("hiring-delay", "F42")]
    public void Each_assumption_cites_the_fact_it_rests_on(string id, string fact)
    {
        var line = Assert.Single(CostAssumptions.Default.Describe(), l => l.Id == id);

        Assert.Contains(fact, line.Facts);
    }

    [Theory]
    [InlineData("hours", "160")]
    [InlineData("niche-rate", "$70–85/hr, likely $77/hr")]
    [InlineData("outsourcing-markup", "15–35%, likely 25%")]
    [InlineData("ramp-weeks", "2–4 weeks, likely 3")]
    [InlineData("ramp-productivity", "50%")]
    [InlineData("client-management", "10–20%, likely 15%")]
    [InlineData("scope-buffer-evolving", "10–50%, likely 25%")]
    [InlineData("scope-buffer-volatile", "25–100%, likely 50%")]
    [InlineData("offshoring-setup", "$20,000–$80,000 (likely $40,000) plus $1,000–$6,000 (likely $3,000) per engineer")]
    [InlineData("outsourcing-client-time", "5–12%, likely 8%")]
    [InlineData("onshore-rate", "×1.6–2.8, likely ×2.2")]
    [InlineData("workload", "50% and 15%")]
    [InlineData("hiring-delay", "40–60 days")]
    public void Describe_reads_the_default_values_in_plain_words(string id, string value)
    {
        Assert.Equal(value, Assert.Single(CostAssumptions.Default.Describe(), l => l.Id == id).Value);
    }

    [Theory]
    [InlineData("hours")]
    [InlineData("niche-offshoring-rate")]
    [InlineData("onshore-rate")]
    [InlineData("far-offshore-rate")]
    [InlineData("outsourcing-client-time")]
    [InlineData("workload")]
    [InlineData("outsourcing-markup")]
    [InlineData("offshoring-rate")]
    [InlineData("ramp-productivity")]
    [InlineData("client-management")]
    [InlineData("scope-buffer-evolving")]
    [InlineData("scope-buffer-volatile")]
    [InlineData("offshoring-setup")]
    public void Numbers_the_sources_do_not_give_are_labelled_as_our_assumption(string id)
    {
        Assert.True(Assert.Single(CostAssumptions.Default.Describe(), l => l.Id == id).OurAssumption);
    }

    [Fact]
    public void Ramp_weeks_and_the_hiring_delay_are_vendor_quoted()
    {
        var lines = CostAssumptions.Default.Describe();

        Assert.False(lines.Single(l => l.Id == "ramp-weeks").OurAssumption);
        Assert.False(lines.Single(l => l.Id == "hiring-delay").OurAssumption);
    }

    [Fact]
    public void The_defaults_survive_a_camel_case_json_round_trip_with_stable_property_names()
    {
        var json = JsonSerializer.Serialize(CostAssumptions.Default, Json);

        Assert.Equal(CostAssumptions.Default, JsonSerializer.Deserialize<CostAssumptions>(json, Json));
        using var document = JsonDocument.Parse(json);
        Assert.Equal(
            [
                "hoursPerMonth", "teamExtensionRateUsd", "nicheRateUsd", "outsourcingMarkup", "offshoringRateUsd",
                "nicheOffshoringRateUsd", "onshoreRateFactor", "farOffshoreRateFactor", "rampWeeks", "rampProductivity",
                "clientManagementShare", "outsourcingClientShare", "scopeBufferEvolving", "scopeBufferVolatile",
                "offshoringSetupUsd", "offshoringSetupPerEngineerUsd", "partTimeShare", "occasionalShare",
            ],
            document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["low", "likely", "high"],
            document.RootElement.GetProperty("teamExtensionRateUsd").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void A_version_stored_before_the_new_assumptions_reads_with_their_defaults_and_ignores_the_retired_ones()
    {
        // Weight-set versions stored before issue 18 carry a default team size and set-up months, and lack the rest.
        const string stored = """
            {"defaultTeamSize":3,"hoursPerMonth":150,"teamExtensionRateUsd":{"low":25,"likely":45,"high":80},"offshoringSetupMonths":{"low":1,"likely":1.5,"high":2}}
            """;

        var read = JsonSerializer.Deserialize<CostAssumptions>(stored, Json)!;

        Assert.Equal(CostAssumptions.Default with { HoursPerMonth = 150 }, read);
    }

    [Fact]
    public void Edited_assumptions_survive_a_json_round_trip()
    {
        var edited = CostAssumptions.Default with { PartTimeShare = 0.4, OffshoringRateUsd = new CostRange(20, 33.5, 60) };

        Assert.Equal(edited, JsonSerializer.Deserialize<CostAssumptions>(JsonSerializer.Serialize(edited, Json), Json));
    }

    [Fact]
    public void A_stored_estimate_reads_back_with_the_same_costs_and_break_evens()
    {
        // Results are stored as JSON with the estimate inside, and shown again from it.
        var estimate = Estimate(months: 36, team: 10, scope: "volatile");

        var back = JsonSerializer.Deserialize<CostEstimate>(JsonSerializer.Serialize(estimate, Json), Json);

        Assert.NotNull(back);
        Assert.Equal((estimate.TeamSize, estimate.TeamSizeAssumed, estimate.Months, estimate.BudgetUsd),
            (back.TeamSize, back.TeamSizeAssumed, back.Months, back.BudgetUsd));
        Assert.Equal(estimate.BreakEvens, back.BreakEvens);
        Assert.NotEmpty(back.BreakEvens);
        foreach (var model in EngagementModels.All)
        {
            Assert.Equal(estimate.For(model).Total, back.For(model).Total);
            Assert.Equal(estimate.For(model).Fit, back.For(model).Fit);
            Assert.Equal(estimate.For(model).Lines, back.For(model).Lines);
            Assert.Equal(estimate.CumulativeLikely(model), back.CumulativeLikely(model));
        }
    }
}

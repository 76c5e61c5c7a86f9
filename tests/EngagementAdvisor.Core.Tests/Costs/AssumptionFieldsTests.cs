using System.Reflection;
using System.Text.Json;
using EngagementAdvisor.Core.Costs;

namespace EngagementAdvisor.Core.Tests.Costs;

public sealed class AssumptionFieldsTests
{
    private static readonly PropertyInfo[] Assumptions = typeof(CostAssumptions)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType == typeof(CostRange) || p.PropertyType == typeof(double))
        .ToArray();

    [Fact]
    public void Every_cost_assumption_has_exactly_one_field_keyed_as_the_stored_weight_set_spells_it()
    {
        var keys = AssumptionFields.All.Select(f => f.Key).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            Assumptions.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order(StringComparer.Ordinal),
            keys.Order(StringComparer.Ordinal));
        Assert.All(AssumptionFields.All, f => Assert.Equal(
            Assumptions.Single(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == f.Key).PropertyType == typeof(CostRange), f.IsRange));
    }

    [Fact]
    public void Each_field_reads_and_writes_its_own_property_and_no_other()
    {
        foreach (var field in AssumptionFields.All)
        {
            var changed = field.With(CostAssumptions.Default, new CostRange(0.7, 0.8, 0.9));

            var property = Assumptions.Single(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == field.Key);
            object expected = field.IsRange ? new CostRange(0.7, 0.8, 0.9) : 0.8;
            Assert.Equal(expected, property.GetValue(changed));
            Assert.Equal(field.IsRange ? new CostRange(0.7, 0.8, 0.9) : new CostRange(0.8, 0.8, 0.8), field.ValueIn(changed));
            foreach (var other in Assumptions.Where(p => p != property))
            {
                Assert.Equal(other.GetValue(CostAssumptions.Default), other.GetValue(changed));
            }
        }
    }

    [Fact]
    public void Every_default_lies_within_the_range_an_admin_may_type()
    {
        foreach (var field in AssumptionFields.All)
        {
            var value = field.ValueIn(CostAssumptions.Default);
            foreach (var end in new[] { value.Low, value.Likely, value.High })
            {
                Assert.InRange(field.ToTyped(end), field.Min, field.Max);
            }
        }
    }

    [Fact]
    public void A_vendor_figure_names_its_facts_and_every_field_says_what_it_does()
    {
        Assert.All(AssumptionFields.All, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Label));
            Assert.False(string.IsNullOrWhiteSpace(f.Help));
            if (f.Source == AssumptionSource.VendorFigure) Assert.NotEmpty(f.Facts);
            Assert.All(f.Facts, id => Assert.Contains(id, EngagementAdvisor.Core.Knowledge.Facts.Ids));
        });
    }

    [Theory]
    [InlineData("outsourcingMarkup", 0.25, "25%", 25)]
    [InlineData("teamExtensionRateUsd", 45, "$45/hr", 45)]
    [InlineData("offshoringSetupUsd", 40_000, "$40,000", 40_000)]
    [InlineData("onshoreRateFactor", 2.2, "×2.2", 2.2)]
    [InlineData("rampWeeks", 3, "3 weeks", 3)]
    [InlineData("hoursPerMonth", 160, "160 hours", 160)]
    public void Values_read_in_their_unit_and_percentages_are_typed_as_percentages(string key, double stored, string words, double typed)
    {
        var field = AssumptionFields.Find(key)!;

        Assert.Equal(words, field.Format(stored));
        Assert.Equal(typed, field.ToTyped(stored));
        Assert.Equal(stored, field.FromTyped(typed), 12);
    }
}

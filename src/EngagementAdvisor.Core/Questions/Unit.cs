using System.Globalization;

namespace EngagementAdvisor.Core.Questions;

/// <summary>What a whole-number answer counts, for reading it back and for the messages about its range.</summary>
public sealed record Unit(string Singular, string Plural, bool IsUsd = false)
{
    public static readonly Unit Months = new("month", "months");
    public static readonly Unit UsDollars = new("US dollar", "US dollars", IsUsd: true);
    public static readonly Unit Engineers = new("engineer", "engineers");

    /// <summary>An answer as its giver reads it back: "1 month", "12 months", "$60,000".</summary>
    public string Describe(long value) =>
        IsUsd ? Formats.Usd(value) : value == 1 ? $"1 {Singular}" : $"{Grouped(value)} {Plural}";

    /// <summary>A bound as a range message states it: "120", "1,000" (the unit is named once, in words).</summary>
    public static string Grouped(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}

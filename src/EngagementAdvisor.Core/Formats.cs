using System.Globalization;

namespace EngagementAdvisor.Core;

/// <summary>
/// How figures read in the product: US dollars and English dates, whatever the server's culture.
/// The invariant culture has English month names and comma grouping, and is always present
/// (the app runs in globalization-invariant mode).
/// </summary>
public static class Formats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Usd(long dollars) => dollars.ToString("$#,0", Invariant);

    public static string Usd(double dollars) => Math.Round(dollars).ToString("$#,0", Invariant);

    public static string Date(DateTime date) => date.ToString("d MMMM yyyy", Invariant);

    /// <summary>A model's score, a whole number: the judgement behind it supports no finer reading.</summary>
    public static string Score(double score) => score.ToString("0", Invariant);

    /// <summary>"1 point", "12 points": a margin between whole-number scores, in words.</summary>
    public static string Points(double points) => Score(points) == "1" ? "1 point" : $"{Score(points)} points";

    public static string SignedPoints(double points) => points.ToString("+0.0;−0.0;0.0", Invariant);

    public static string Number(double value, string format = "0.##") => value.ToString(format, Invariant);
}

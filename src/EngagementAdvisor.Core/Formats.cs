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

    public static string Score(double score) => score.ToString("0.0", Invariant);

    public static string SignedPoints(double points) => points.ToString("+0.0;−0.0;0.0", Invariant);

    public static string Number(double value, string format = "0.##") => value.ToString(format, Invariant);
}

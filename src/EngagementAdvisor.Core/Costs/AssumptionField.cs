using System.Globalization;

namespace EngagementAdvisor.Core.Costs;

/// <summary>
/// One cost assumption as an admin edits it: its name in words, its unit, the range it may take (in the unit typed,
/// so 0–100 for a percentage), what it does, and where its figure comes from. The one definition the weights editor,
/// its validation and the history of versions read (<see cref="AssumptionFields.All"/>).
/// </summary>
public sealed class AssumptionField
{
    private readonly Func<CostAssumptions, CostRange> _get;
    private readonly Func<CostAssumptions, CostRange, CostAssumptions> _set;

    internal AssumptionField(
        string key, string label, AssumptionUnit unit, double min, double max, bool isRange, AssumptionSource source,
        IReadOnlyList<string> facts, string help,
        Func<CostAssumptions, CostRange> get, Func<CostAssumptions, CostRange, CostAssumptions> set)
    {
        Key = key;
        Label = label;
        Unit = unit;
        Min = min;
        Max = max;
        IsRange = isRange;
        Source = source;
        Facts = facts;
        Help = help;
        _get = get;
        _set = set;
    }

    /// <summary>The property's name as the stored weight set spells it (camel case), and the form field's key.</summary>
    public string Key { get; }

    public string Label { get; }

    public AssumptionUnit Unit { get; }

    /// <summary>The smallest value an admin may type, in the unit typed.</summary>
    public double Min { get; }

    /// <summary>The largest value an admin may type, in the unit typed.</summary>
    public double Max { get; }

    /// <summary>A low–likely–high range; otherwise one value (kept in <see cref="CostRange.Likely"/>).</summary>
    public bool IsRange { get; }

    public AssumptionSource Source { get; }

    public IReadOnlyList<string> Facts { get; }

    /// <summary>What the assumption does to the estimate, in a sentence or two.</summary>
    public string Help { get; }

    /// <summary>The unit as a person reads it after a number ("$/hr", "%", "weeks").</summary>
    public string UnitWords => Unit switch
    {
        AssumptionUnit.HoursPerMonth => "hours a month",
        AssumptionUnit.UsdPerHour => "$ an hour",
        AssumptionUnit.Usd => "$",
        AssumptionUnit.Percent => "%",
        AssumptionUnit.Multiplier => "× the nearshore rate",
        _ => "weeks",
    };

    /// <summary>Where the figure comes from, in words ("Quoted by vendors (F32, F33)", "Our assumption, after F55").</summary>
    public string SourceWords => (Source, Facts.Count) switch
    {
        (AssumptionSource.VendorFigure, _) => $"Quoted by vendors ({string.Join(", ", Facts)})",
        (_, 0) => "Our assumption",
        _ => $"Our assumption, after {string.Join(", ", Facts)}",
    };

    /// <summary>The assumption's value in <paramref name="costs"/>; a single value as a range of three equal ends.</summary>
    public CostRange ValueIn(CostAssumptions costs) => _get(costs);

    /// <summary><paramref name="costs"/> with this assumption set to <paramref name="value"/> (stored units).</summary>
    public CostAssumptions With(CostAssumptions costs, CostRange value) => _set(costs, value);

    /// <summary>A stored value in the unit an admin types (0.15 → 15 for a percentage).</summary>
    public double ToTyped(double stored) => Unit == AssumptionUnit.Percent ? Math.Round(stored * 100, 6) : stored;

    /// <summary>A typed value in the unit stored (15 → 0.15 for a percentage).</summary>
    public double FromTyped(double typed) => Unit == AssumptionUnit.Percent ? typed / 100 : typed;

    /// <summary>A stored value as a person reads it: "$45/hr", "$40,000", "15%", "×2.2", "3 weeks", "160 hours".</summary>
    public string Format(double stored) => Unit switch
    {
        AssumptionUnit.HoursPerMonth => stored == 1 ? "1 hour" : $"{Formats.Number(stored, "#,0.##")} hours",
        AssumptionUnit.UsdPerHour => $"${Formats.Number(stored, "#,0.##")}/hr",
        AssumptionUnit.Usd => Formats.Usd(stored),
        AssumptionUnit.Percent => string.Create(CultureInfo.InvariantCulture, $"{ToTyped(stored):0.##}%"),
        AssumptionUnit.Multiplier => string.Create(CultureInfo.InvariantCulture, $"×{stored:0.##}"),
        _ => stored == 1 ? "1 week" : $"{Formats.Number(stored)} weeks",
    };

    /// <summary>The range it may take, in words ("from 0% to 100%").</summary>
    public string RangeWords => $"from {Format(FromTyped(Min))} to {Format(FromTyped(Max))}";
}

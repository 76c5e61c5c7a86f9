using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>A weight set as the admin editor posts it: mutable rows that bind from form fields.</summary>
public sealed class WeightsForm
{
    public int BaseVersion { get; set; }
    public string? Comment { get; set; }
    public List<FactorRow> Factors { get; set; } = [];
    public List<KnockOutRow> KnockOuts { get; set; } = [];

    /// <summary>
    /// Each cost assumption by its key (<see cref="AssumptionField.Key"/>), as typed: "Form.Costs[rampWeeks].Low". Not
    /// bound by MVC, whose dictionary binder throws on a key posted twice; read field by field by <see cref="ReadCosts"/>.
    /// </summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public Dictionary<string, AssumptionRow> Costs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads every cost field from the posted form: a value that is missing stays null (and is refused as such), one
    /// that is not a number is returned with its field so it is refused in words on that field.
    /// </summary>
    public IReadOnlyList<(string Field, string Value)> ReadCosts(Func<string, string?> posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var unreadable = new List<(string, string)>();
        Costs = new Dictionary<string, AssumptionRow>(StringComparer.Ordinal);
        foreach (var field in AssumptionFields.All)
        {
            double? Read(string end)
            {
                var name = $"Costs[{field.Key}].{end}";
                var text = posted("Form." + name);
                if (string.IsNullOrWhiteSpace(text)) return null;
                if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)) return value;
                unreadable.Add((name, text));
                return null;
            }
            Costs[field.Key] = field.IsRange
                ? new AssumptionRow { Low = Read("Low"), Likely = Read("Likely"), High = Read("High") }
                : new AssumptionRow { Likely = Read("Likely") };
        }
        return unreadable;
    }

    /// <summary>
    /// Rows a forged form listed without fields (".index=x") bind as null: they are dropped, and what they leave
    /// missing is refused by the validator.
    /// </summary>
    public void DropMissingRows()
    {
        Factors = [.. (Factors ?? []).Where(f => f is not null)];
        foreach (var factor in Factors) factor.Levels = [.. (factor.Levels ?? []).Where(l => l is not null)];
        KnockOuts = [.. (KnockOuts ?? []).Where(k => k is not null)];
    }

    public static WeightsForm From(int version, WeightSet weights, Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(questionnaire);
        return new WeightsForm
        {
            BaseVersion = version,
            // Rows follow the question table, so a question the version does not weigh yet still appears (at zero).
            Factors = questionnaire.Scored.Select(q =>
            {
                var w = weights.Find(q.Id);
                return new FactorRow
                {
                    Factor = q.Id,
                    Importance = w?.Importance ?? 0,
                    Levels = q.Levels.Select(l =>
                    {
                        var a = w?.Levels.FirstOrDefault(x => x.Level == l.Id);
                        return new LevelRow { Level = l.Id, Outsourcing = a?.Outsourcing ?? 0, Outstaffing = a?.Outstaffing ?? 0, Offshoring = a?.Offshoring ?? 0, StaffAugmentation = a?.StaffAugmentation ?? 0 };
                    }).ToList(),
                };
            }).ToList(),
            KnockOuts = weights.KnockOuts.Select(k => new KnockOutRow
            {
                Id = k.Id, Factor = k.Factor, Level = k.Level, Model = k.Model, Effect = k.Effect, Penalty = k.Penalty, Reason = k.Reason, Facts = string.Join(", ", k.Facts),
            }).ToList(),
            Costs = AssumptionFields.All.ToDictionary(f => f.Key, f =>
            {
                var value = f.ValueIn(weights.Costs);
                return f.IsRange
                    ? new AssumptionRow { Low = f.ToTyped(value.Low), Likely = f.ToTyped(value.Likely), High = f.ToTyped(value.High) }
                    : new AssumptionRow { Likely = f.ToTyped(value.Likely) };
            }, StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// Gives each new rule an id from its answer and model ("in-house-pm-none-outstaffing", then "-2" if taken):
    /// admins choose what a rule does, not what it is called. Existing rules keep theirs, which stored results name.
    /// </summary>
    /// <returns>The rules named, so a preview can take their names back: a rule is named for good only when saved.</returns>
    public IReadOnlyList<KnockOutRow> NameNewRules()
    {
        var taken = KnockOuts.Where(k => k.Id.Length > 0).Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
        var named = new List<KnockOutRow>();
        foreach (var rule in KnockOuts.Where(k => k.Id.Length == 0 && k.Kept && k.Factor.Length > 0))
        {
            named.Add(rule);
            var stem = string.Join('-', new[] { rule.Factor, rule.Level, rule.Model }.Where(s => s.Length > 0)).ToLowerInvariant();
            stem = System.Text.RegularExpressions.Regex.Replace(stem, "[^a-z0-9]+", "-").Trim('-');
            if (stem.Length > WeightsFormValidator.KnockOutIdMaxLength - 3) stem = stem[..(WeightsFormValidator.KnockOutIdMaxLength - 3)].TrimEnd('-');
            var id = stem;
            for (var n = 2; !taken.Add(id); n++) id = $"{stem}-{n}";
            rule.Id = id;
        }
        return named;
    }

    /// <summary>Converts a form that passed <see cref="WeightsFormValidator"/>.</summary>
    public WeightSet ToWeightSet() => new(
        Factors.Select(f => new FactorWeight(f.Factor, f.Importance,
            f.Levels.Select(l => new LevelAffinity(l.Level, l.Outsourcing, l.Outstaffing, l.Offshoring, l.StaffAugmentation)).ToList())).ToList(),
        KnockOuts.Where(k => k.Kept).Select(k => new KnockOutRule(k.Id.Trim(), k.Factor, k.Level, k.Model, k.Effect, k.Penalty, k.Reason.Trim(),
            k.Facts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList(),
        ToAssumptions());

    private CostAssumptions ToAssumptions()
    {
        var costs = CostAssumptions.Default;
        foreach (var field in AssumptionFields.All)
        {
            var row = Costs[field.Key];
            var likely = field.FromTyped(row.Likely!.Value);
            costs = field.With(costs, field.IsRange ? new CostRange(field.FromTyped(row.Low!.Value), likely, field.FromTyped(row.High!.Value)) : new CostRange(likely, likely, likely));
        }
        return costs;
    }
}

using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;
using FluentValidation;
using FluentValidation.Results;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>
/// Rules a weight set must meet before it can be previewed or saved. Every message is in words and names the field it
/// belongs to by the form's own name ("Costs[rampWeeks].Low", "KnockOuts[2].Penalty"), so the editor marks that field;
/// rows are checked in loops that know their number, so two fields never share a message.
/// </summary>
public sealed class WeightsFormValidator : AbstractValidator<WeightsForm>
{
    // Every result a rule applies to stores its text: an unbounded reason would make every new result as large.
    public const int KnockOutIdMaxLength = 64;
    public const int ReasonMaxLength = 500;
    public const int FactsMaxLength = 200;
    public const int CommentMaxLength = 1000;

    public WeightsFormValidator(Questionnaire questionnaire, bool requireComment)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        if (requireComment)
        {
            RuleFor(f => f.Comment).NotEmpty().WithMessage("Say why you are changing the weights; the comment is kept with the version.")
                .MaximumLength(CommentMaxLength).WithMessage($"The comment can be at most {CommentMaxLength:#,0} characters.");
        }
        RuleFor(f => f.Factors).Must(rows => rows.Select(r => r.Factor).Order(StringComparer.Ordinal).SequenceEqual(questionnaire.Scored.Select(q => q.Id).Order(StringComparer.Ordinal)))
            .WithMessage("Every question must appear exactly once; reload the editor and start again.");
        RuleFor(f => f).Custom((form, context) =>
        {
            foreach (var failure in FactorFailures(questionnaire, form)) context.AddFailure(failure);
            foreach (var failure in RuleFailures(questionnaire, form)) context.AddFailure(failure);
            foreach (var failure in CostFailures(form.Costs)) context.AddFailure(failure);
        });
    }

    private static IEnumerable<ValidationFailure> FactorFailures(Questionnaire questionnaire, WeightsForm form)
    {
        for (var f = 0; f < form.Factors.Count; f++)
        {
            var row = form.Factors[f];
            if (questionnaire.Find(row.Factor) is not { IsScored: true } question) continue; // refused above
            if (row.Importance is < FactorWeight.MinImportance or > FactorWeight.MaxImportance)
            {
                yield return new($"Factors[{f}].Importance", $"Importance of {question.Noun}: must be a whole number from {FactorWeight.MinImportance} to {FactorWeight.MaxImportance}.");
            }
            if (!row.Levels.Select(l => l.Level).Order(StringComparer.Ordinal).SequenceEqual(question.Levels.Select(l => l.Id).Order(StringComparer.Ordinal)))
            {
                yield return new($"Factors[{f}]", $"The answers of {question.Name} do not match the questionnaire; reload the editor and start again.");
                continue;
            }
            for (var l = 0; l < row.Levels.Count; l++)
            {
                var label = question.Levels[question.LevelIndex(row.Levels[l].Level)].Label;
                foreach (var model in EngagementModels.All)
                {
                    if (row.Levels[l].For(model) is >= LevelAffinity.Min and <= LevelAffinity.Max) continue;
                    yield return new($"Factors[{f}].Levels[{l}].{model}",
                        $"{question.Name}: “{label}”, how it favours {model.DisplayName().ToLowerInvariant()}: must be a whole number from −2 to +2.");
                }
            }
            if (row.Importance != 0 && !row.Levels.Any(l => EngagementModels.All.Any(m => l.For(m) != 0)))
            {
                yield return new($"Factors[{f}].Importance", $"{question.Name} matters (importance {row.Importance}) but no answer favours any model: give an answer an affinity, or set the importance to 0.");
            }
        }
    }

    private static IEnumerable<ValidationFailure> RuleFailures(Questionnaire questionnaire, WeightsForm form)
    {
        var answers = questionnaire.Scored.SelectMany(q => q.Levels.Select(l => $"{q.Id}={l.Id}")).ToHashSet(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var said = new Dictionary<(string Answer, string Model), int>();
        for (var k = 0; k < form.KnockOuts.Count; k++)
        {
            var rule = form.KnockOuts[k];
            if (!rule.Kept) continue;
            var name = $"KnockOuts[{k}]";
            var says = Describe(questionnaire, rule, k);
            if (rule.Id.Length > 0 && (rule.Id.Length > KnockOutIdMaxLength || !System.Text.RegularExpressions.Regex.IsMatch(rule.Id, "^[a-z0-9]+(-[a-z0-9]+)*$")))
            {
                yield return new($"{name}.Answer", $"{says}: its stored id “{rule.Id}” is not one the editor made; remove the rule and add it again.");
            }
            else if (rule.Id.Length > 0 && !ids.Add(rule.Id))
            {
                yield return new($"{name}.Answer", $"{says} is stored under the same id as an earlier rule; remove one of them.");
            }
            // Two rules on the same answer and model would both apply, the weaker hidden behind the stronger.
            if (answers.Contains(rule.Answer) && EngagementModels.TryParse(rule.Model, out _) && !said.TryAdd((rule.Answer, rule.Model), k))
            {
                yield return new($"{name}.Answer", $"{says} repeats rule {said[(rule.Answer, rule.Model)] + 1} (the same answer and model): change that rule instead, and remove this one.");
            }
            if (!answers.Contains(rule.Answer))
            {
                yield return new($"{name}.Answer", rule.Factor.Length == 0 ? $"{says}: choose the answer it applies to." : $"{says}: “{rule.Answer}” is not an answer of the questionnaire; choose one from the list.");
            }
            if (!EngagementModels.TryParse(rule.Model, out _))
            {
                yield return new($"{name}.Model", rule.Model.Length == 0 ? $"{says}: choose the model it affects." : $"{says}: “{rule.Model}” is not one of the four models.");
            }
            if (!Enum.IsDefined(rule.Effect))
            {
                yield return new($"{name}.Effect", $"{says}: choose whether it penalises or rules out the model.");
            }
            if (rule.Penalty is < 0 or > KnockOutRule.MaxPenalty)
            {
                yield return new($"{name}.Penalty", $"{says}: the penalty must be from 0 to {KnockOutRule.MaxPenalty} points.");
            }
            else if (rule.Effect == KnockOutEffect.Penalty && rule.Penalty == 0)
            {
                yield return new($"{name}.Penalty", $"{says}: a penalty of 0 points changes no score; give at least 1 point, or rule the model out.");
            }
            if (string.IsNullOrWhiteSpace(rule.Reason))
            {
                yield return new($"{name}.Reason", $"{says}: say why it applies; people see this reason in their result.");
            }
            else if (rule.Reason.Length > ReasonMaxLength)
            {
                yield return new($"{name}.Reason", $"{says}: the reason can be at most {ReasonMaxLength} characters; every result it applies to stores it.");
            }
            if (rule.Facts.Length > FactsMaxLength)
            {
                yield return new($"{name}.Facts", $"{says}: the facts can be at most {FactsMaxLength} characters.");
            }
            else if (!rule.Facts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(id => Core.Knowledge.Facts.Ids.Contains(id)))
            {
                yield return new($"{name}.Facts", $"{says}: facts are ids from F1 to F{Core.Knowledge.Facts.Ids.Count}, separated by commas (for example “F55, F57”).");
            }
        }
    }

    /// <summary>"Rule 3 (In-house PM and tech leadership: “None”, outstaffing)": by its number, with what it says so far.</summary>
    private static string Describe(Questionnaire questionnaire, KnockOutRow rule, int k)
    {
        var parts = new List<string>();
        if (questionnaire.Find(rule.Factor) is { } q && q.LevelIndex(rule.Level) is var i and >= 0) parts.Add($"{q.Name}: “{q.Levels[i].Label}”");
        if (EngagementModels.TryParse(rule.Model, out var model)) parts.Add(model.DisplayName().ToLowerInvariant());
        return parts.Count == 0 ? $"Rule {k + 1}" : $"Rule {k + 1} ({string.Join(", ", parts)})";
    }

    private static IEnumerable<ValidationFailure> CostFailures(Dictionary<string, AssumptionRow> costs)
    {
        foreach (var field in AssumptionFields.All)
        {
            var name = $"Costs[{field.Key}]";
            costs.TryGetValue(field.Key, out var row);
            var ends = field.IsRange
                ? new (string End, string Words, double? Value)[] { ("Low", "low", row?.Low), ("Likely", "likely", row?.Likely), ("High", "high", row?.High) }
                : [("Likely", "", row?.Likely)];
            var wrong = false;
            foreach (var (end, words, value) in ends)
            {
                var what = words.Length == 0 ? field.Label : $"{field.Label}, {words}";
                if (value is not { } typed)
                {
                    wrong = true;
                    yield return new ValidationFailure($"{name}.{end}", $"{what}: give a value {field.RangeWords}.");
                }
                else if (!double.IsFinite(typed) || typed < field.Min || typed > field.Max)
                {
                    wrong = true;
                    yield return new ValidationFailure($"{name}.{end}", $"{what}: must be {field.RangeWords}.");
                }
                else if (field.Unit == AssumptionUnit.Percent && typed is > 0 and < 1)
                {
                    // The editor used to take shares (0.25); a share typed out of habit would be a hundred times too small.
                    wrong = true;
                    yield return new ValidationFailure($"{name}.{end}",
                        $"{what}: {typed.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}% looks like a share typed as a fraction; percentages are typed as percentages (25 for 25%).");
                }
            }
            if (wrong || !field.IsRange) continue;
            if (row!.Low > row.Likely) yield return new ValidationFailure($"{name}.Low", $"{field.Label}: the low value is above the likely one; low must be at most likely.");
            if (row.Likely > row.High) yield return new ValidationFailure($"{name}.High", $"{field.Label}: the high value is below the likely one; high must be at least likely.");
        }
    }
}

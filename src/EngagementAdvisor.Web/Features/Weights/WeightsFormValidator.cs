using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;
using FluentValidation;
using FluentValidation.Results;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>
/// Rules a weight set must meet before it can be previewed or saved. Every message is in words and names the field it
/// belongs to by the form's own name ("Costs[rampWeeks].Low"), so the editor marks that field.
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
        string Name(string factorId) => questionnaire.Find(factorId)?.Name ?? factorId;
        string Noun(string factorId) => questionnaire.Find(factorId)?.Noun ?? factorId;
        string LevelName(string factorId, string levelId) =>
            questionnaire.Find(factorId) is { } q && q.LevelIndex(levelId) is var i and >= 0 ? $"{q.Name}: “{q.Levels[i].Label}”" : levelId;
        if (requireComment)
        {
            RuleFor(f => f.Comment).NotEmpty().WithMessage("Say why you are changing the weights; the comment is kept with the version.")
                .MaximumLength(CommentMaxLength).WithMessage("The comment can be at most 1,000 characters.");
        }
        RuleFor(f => f.Factors).Must(rows => rows.Select(r => r.Factor).Order(StringComparer.Ordinal).SequenceEqual(questionnaire.Scored.Select(q => q.Id).Order(StringComparer.Ordinal)))
            .WithMessage("Every question must appear exactly once; reload the editor and start again.");
        RuleForEach(f => f.Factors).ChildRules(row =>
        {
            row.RuleFor(r => r.Importance).InclusiveBetween(FactorWeight.MinImportance, FactorWeight.MaxImportance)
                .WithMessage(r => $"Importance of {Noun(r.Factor)}: must be a whole number from 0 to 10.");
            row.RuleForEach(r => r.Levels).ChildRules(level =>
            {
                foreach (var model in EngagementModels.All)
                {
                    level.RuleFor(l => l.For(model)).InclusiveBetween(LevelAffinity.Min, LevelAffinity.Max)
                        .OverridePropertyName(model.ToString())
                        .WithMessage((_, _) => $"How an answer favours {model.DisplayName().ToLowerInvariant()}: must be a whole number from −2 to +2.");
                }
            });
            row.RuleFor(r => r.Importance).Must((r, _) => r.Importance == 0 || r.Levels.Any(l => EngagementModels.All.Any(m => l.For(m) != 0)))
                .WithMessage(r => $"{Name(r.Factor)} matters (importance {r.Importance}) but no answer favours any model: give an answer an affinity, or set the importance to 0.");
        });
        RuleForEach(f => f.KnockOuts).Where(k => k.Kept).ChildRules(rule =>
        {
            // A new rule gets its id from its answer and model; one without an answer has none yet, and says so below.
            rule.RuleFor(k => k.Id)
                .Must(id => id.Length == 0 || id.Length <= KnockOutIdMaxLength && System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z0-9]+(-[a-z0-9]+)*$"))
                .WithMessage(k => $"Rule “{k.Id}”: its id must be lower-case letters, digits and single hyphens, at most {KnockOutIdMaxLength} characters.");
            rule.RuleFor(k => k.Answer).Must(a => Answers(questionnaire).Contains(a))
                .WithMessage(k => k.Factor.Length == 0 ? $"{Describe(k)}: choose the answer it applies to." : $"{Describe(k)}: “{k.Answer}” is not an answer of the questionnaire; choose one from the list.");
            rule.RuleFor(k => k.Model).Must(m => EngagementModels.TryParse(m, out _))
                .WithMessage(k => k.Model.Length == 0 ? $"{Describe(k)}: choose the model it affects." : $"{Describe(k)}: “{k.Model}” is not one of the four models.");
            rule.RuleFor(k => k.Effect).IsInEnum().WithMessage(k => $"{Describe(k)}: choose whether it penalises or rules out the model.");
            rule.RuleFor(k => k.Penalty).InclusiveBetween(0, KnockOutRule.MaxPenalty).WithMessage(k => $"{Describe(k)}: the penalty must be from 0 to {KnockOutRule.MaxPenalty} points.");
            rule.RuleFor(k => k.Reason).NotEmpty().WithMessage(k => $"{Describe(k)}: say why it applies; people see this reason in their result.")
                .MaximumLength(ReasonMaxLength).WithMessage(k => $"{Describe(k)}: the reason can be at most {ReasonMaxLength} characters; every result it applies to stores it.");
            rule.RuleFor(k => k.Facts).MaximumLength(FactsMaxLength).WithMessage(k => $"{Describe(k)}: the facts can be at most {FactsMaxLength} characters.");
            rule.RuleFor(k => k.Facts).Must(facts => (facts ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .All(id => Core.Knowledge.Facts.Ids.Contains(id)))
                .WithMessage(k => $"{Describe(k)}: facts are ids from F1 to F89, separated by commas (for example “F55, F57”).");
        });
        RuleFor(f => f.KnockOuts).Must(rules => rules.Where(k => k.Kept).Select(k => k.Id).Distinct().Count() == rules.Count(k => k.Kept))
            .WithMessage("Two rules have the same id; remove one of them.");
        RuleFor(f => f.Costs).Custom((costs, context) =>
        {
            foreach (var failure in CostFailures(costs)) context.AddFailure(failure);
        });
        return;

        string Describe(KnockOutRow k) =>
            k.Factor.Length == 0 ? (k.Id.Length == 0 ? "New rule" : $"Rule “{k.Id}”")
            : $"Rule for {LevelName(k.Factor, k.Level)}";
    }

    /// <summary>Every answer a rule may name, as the editor's list offers them ("in-house-pm=none").</summary>
    private static HashSet<string> Answers(Questionnaire questionnaire) =>
        questionnaire.Scored.SelectMany(q => q.Levels.Select(l => $"{q.Id}={l.Id}")).ToHashSet(StringComparer.Ordinal);

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
            }
            if (wrong || !field.IsRange) continue;
            if (row!.Low > row.Likely) yield return new ValidationFailure($"{name}.Low", $"{field.Label}: the low value is above the likely one; low must be at most likely.");
            if (row.Likely > row.High) yield return new ValidationFailure($"{name}.High", $"{field.Label}: the high value is below the likely one; high must be at least likely.");
        }
    }
}

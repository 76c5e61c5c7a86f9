using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;
using FluentValidation;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>Rules a weight set must meet before it can be previewed or saved.</summary>
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
        if (requireComment)
        {
            RuleFor(f => f.Comment).NotEmpty().WithMessage("Say why you are changing the weights; the comment is kept with the version.")
                .MaximumLength(CommentMaxLength).WithMessage("The comment can be at most 1,000 characters.");
        }
        RuleFor(f => f.Factors).Must(rows => rows.Select(r => r.Factor).Order(StringComparer.Ordinal).SequenceEqual(questionnaire.Scored.Select(q => q.Id).Order(StringComparer.Ordinal)))
            .WithMessage("Every factor must appear exactly once.");
        RuleForEach(f => f.Factors).ChildRules(row =>
        {
            row.RuleFor(r => r.Importance).InclusiveBetween(FactorWeight.MinImportance, FactorWeight.MaxImportance)
                .WithMessage(r => $"{Name(r.Factor)}: importance must be from 0 to 10.");
            row.RuleForEach(r => r.Levels).ChildRules(level =>
            {
                foreach (var model in EngagementModels.All)
                {
                    level.RuleFor(l => l.For(model)).InclusiveBetween(LevelAffinity.Min, LevelAffinity.Max)
                        .WithName(model.DisplayName())
                        .WithMessage(l => $"{l.Level}: how it favours {model.DisplayName()} must be from −2 to +2.");
                }
            });
            row.RuleFor(r => r).Must(r => r.Importance == 0 || r.Levels.Any(l => EngagementModels.All.Any(m => l.For(m) != 0)))
                .WithName("Factors").WithMessage(r => $"{Name(r.Factor)} matters (importance {r.Importance}) but favours no model with any answer: set an affinity or set its importance to 0.");
        });
        RuleForEach(f => f.KnockOuts).Where(k => !k.Remove).ChildRules(rule =>
        {
            rule.RuleFor(k => k.Id).NotEmpty().WithMessage("Every knock-out rule needs an id.")
                .Must(id => id is null || (id.Length <= KnockOutIdMaxLength && System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z0-9]+(-[a-z0-9]+)*$")))
                .WithMessage(k => $"Rule id '{k.Id}': lower-case letters, digits and single hyphens only, at most {KnockOutIdMaxLength} characters (no spaces, so two ids cannot differ by one).");
            rule.RuleFor(k => k).Must(k => questionnaire.Find(k.Factor) is { IsScored: true } q && q.LevelIndex(k.Level) >= 0)
                .WithName("Factor").WithMessage(k => $"Rule {k.Id}: '{k.Factor}' = '{k.Level}' is not an answer of the questionnaire.");
            rule.RuleFor(k => k.Model).Must(m => EngagementModels.TryParse(m, out _)).WithMessage(k => $"Rule {k.Id}: '{k.Model}' is not a model id.");
            rule.RuleFor(k => k.Penalty).InclusiveBetween(0, KnockOutRule.MaxPenalty).WithMessage(k => $"Rule {k.Id}: the penalty must be from 0 to 100 points.");
            rule.RuleFor(k => k.Reason).NotEmpty().WithMessage(k => $"Rule {k.Id}: say why the rule applies; users see it.")
                .MaximumLength(ReasonMaxLength).WithMessage(k => $"Rule {k.Id}: the reason can be at most {ReasonMaxLength} characters; every result it applies to stores it.");
            rule.RuleFor(k => k.Facts).MaximumLength(FactsMaxLength).WithMessage(k => $"Rule {k.Id}: the facts can be at most {FactsMaxLength} characters.");
            rule.RuleFor(k => k.Facts).Must(facts => (facts ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .All(id => Core.Knowledge.Facts.Ids.Contains(id)))
                .WithMessage(k => $"Rule {k.Id}: facts must be ids from F1 to F89, separated by commas.");
        });
        RuleFor(f => f.KnockOuts).Must(rules => rules.Where(k => !k.Remove).Select(k => k.Id).Distinct().Count() == rules.Count(k => !k.Remove))
            .WithMessage("Knock-out rule ids must be unique.");
        RuleFor(f => f.Costs.HoursPerMonth).InclusiveBetween(1, 744).WithMessage("Hours per month must be from 1 to 744.");
        RuleFor(f => f.Costs.RampProductivity).InclusiveBetween(0, 1).WithMessage("Ramp-up productivity must be from 0 to 1.");
        RuleFor(f => f.Costs.PartTimeShare).InclusiveBetween(0.01, 1).WithMessage("The part-time share must be from 0.01 to 1.");
        RuleFor(f => f.Costs.OccasionalShare).InclusiveBetween(0.01, 1).WithMessage("The occasional share must be from 0.01 to 1.");
        RuleFor(f => f.Costs).Must(c => c.Ranges().All(r => r.Range.Low >= 0 && r.Range.Low <= r.Range.Likely && r.Range.Likely <= r.Range.High && r.Range.High <= 1_000_000))
            .WithMessage(f => $"Cost ranges must satisfy 0 ≤ low ≤ likely ≤ high: check {string.Join(", ", f.Costs.Ranges().Where(r => !(r.Range.Low >= 0 && r.Range.Low <= r.Range.Likely && r.Range.Likely <= r.Range.High && r.Range.High <= 1_000_000)).Select(r => r.Name))}.");
    }
}

using EngagementAdvisor.Core.Questions;
using FluentValidation;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>Server-side rules for the questionnaire; the messages are shown beside the fields.</summary>
public sealed class AnswersFormValidator : AbstractValidator<AnswersForm>
{
    public AnswersFormValidator()
    {
        RuleFor(f => f.Control).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Choose how much day-to-day control you want over the engineers.")
            .Must(v => AnswerIds.ControlLevels.Contains(v!))
            .WithMessage("Control must be one of: low, medium, high.");
        RuleFor(f => f.ScopeStability).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Choose how stable and well defined the scope is.")
            .Must(v => AnswerIds.ScopeStabilities.Contains(v!))
            .WithMessage("Scope stability must be one of: stable, evolving, volatile.");
        RuleFor(f => f.InHousePm).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Choose whether you have in-house project management and technical leadership.")
            .Must(v => AnswerIds.InHousePms.Contains(v!))
            .WithMessage("In-house PM must be one of: none, partial, strong.");
        WholeNumberInRange(f => f.DurationMonths, "duration", Answers.MinDurationMonths, Answers.MaxDurationMonths,
            "Enter the duration in months.", "Duration must be a whole number of months from 1 to 120.");
        WholeNumberInRange(f => f.BudgetUsd, "budget", Answers.MinBudgetUsd, Answers.MaxBudgetUsd,
            "Enter your budget in US dollars.", "Budget must be a whole number of US dollars from 1,000 to 100,000,000.");
        When(f => !string.IsNullOrWhiteSpace(f.TeamSize), () =>
            WholeNumberInRange(f => f.TeamSize, "team size", Answers.MinTeamSize, Answers.MaxTeamSize,
                "", "Team size must be a whole number of people from 1 to 500."));
        RuleFor(f => f.StartUrgency)
            .Must(v => string.IsNullOrEmpty(v) || AnswerIds.StartUrgencies.Contains(v))
            .WithMessage("Start must be one of: asap, soon, flexible.");
        RuleFor(f => f.DataSensitivity)
            .Must(v => string.IsNullOrEmpty(v) || AnswerIds.DataSensitivities.Contains(v))
            .WithMessage("Data sensitivity must be one of: low, medium, high.");
        RuleFor(f => f.NicheExpertise)
            .Must(v => string.IsNullOrEmpty(v) || v is "yes" or "no")
            .WithMessage("Niche expertise must be yes or no.");
        RuleFor(f => f.Label)
            .MaximumLength(Answers.MaxLabelLength).WithMessage("The label can be at most 120 characters.")
            .Must(v => v is null || !v.Any(char.IsControl)).WithMessage("The label cannot contain control characters such as line breaks or tabs.")
            .Must(v => v is null || IsPlainText(v)).WithMessage("The label cannot contain invisible direction or formatting marks, or characters that could not be read.");
    }

    /// <summary>
    /// No bidirectional overrides or isolates (they make a label read differently from what it is), no byte-order
    /// mark, no U+FFFD (what undecodable input turns into), no noncharacters and no unpaired surrogate.
    /// Joiners and left-to-right/right-to-left marks stay: emoji and mixed-script names need them.
    /// </summary>
    public static bool IsPlainText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF' or '\uFFFD' or '\uFFFE' or '\uFFFF') return false;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return false;
        }
        return true;
    }

    private void WholeNumberInRange(
        System.Linq.Expressions.Expression<Func<AnswersForm, string?>> field, string name, long min, long max, string missing, string outOfRange)
    {
        var rule = RuleFor(field).Cascade(CascadeMode.Stop);
        var checkedRule = missing.Length > 0 ? rule.NotEmpty().WithMessage(missing) : rule.Must(_ => true);
        checkedRule.Must(v => WholeNumber.TryParse(v, out _)).WithMessage($"The {name} must be a whole number, without decimals or letters.")
            .Must(v => WholeNumber.TryParse(v, out var n) && n >= min && n <= max).WithMessage(outOfRange);
    }
}

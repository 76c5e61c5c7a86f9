using EngagementAdvisor.Core.Models;
using FluentValidation;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>
/// What the admins' list filter must be before anything is listed or exported: a model of the four, dates written as
/// a date field writes them, and a range that can hold a result. A filter that can match nothing is a mistake to
/// point at, not an empty list.
/// </summary>
public sealed class AssessmentFilterFormValidator : AbstractValidator<AssessmentFilterForm>
{
    /// <summary>The failure's name for a range whose first day is after its last: it belongs to both date fields.</summary>
    public const string Range = "Range";

    public AssessmentFilterFormValidator()
    {
        RuleFor(f => f.Model).Must(m => m is null || EngagementModels.TryParse(m, out _))
            .WithMessage(f => $"There is no model called '{f.Model}': choose one from the list, or any model.");
        RuleFor(f => f.From).Must(d => d is null || AssessmentFilterForm.TryReadDate(d, out _))
            .WithMessage(f => $"'{f.From}' in From is not a date: write it as year-month-day, like 2026-05-01.");
        RuleFor(f => f.To).Must(d => d is null || AssessmentFilterForm.TryReadDate(d, out _))
            .WithMessage(f => $"'{f.To}' in To is not a date: write it as year-month-day, like 2026-05-31.");
        RuleFor(f => f).Must(f => !IsBackwards(f)).OverridePropertyName(Range)
            .WithMessage(f => $"From ({Day(f.From)}) is after To ({Day(f.To)}), so no result could match. Swap the dates, or clear one of them.");
    }

    private static bool IsBackwards(AssessmentFilterForm form) =>
        AssessmentFilterForm.TryReadDate(form.From, out var from) && AssessmentFilterForm.TryReadDate(form.To, out var to) && from > to;

    private static string Day(string? text) =>
        AssessmentFilterForm.TryReadDate(text, out var day) ? Core.Formats.Date(day.ToDateTime(TimeOnly.MinValue)) : text ?? "";
}

using EngagementAdvisor.Core.Questions;
using FluentValidation;

namespace EngagementAdvisor.Web.Features.Answers;

/// <summary>
/// Server-side rules for the questionnaire, made from the question table: what is required, which options exist,
/// the range of a number, the length and content of a text. Each message is shown beside its field (and named by
/// field in the API's 400 answer) and states the limit from the question's own definition.
/// </summary>
public sealed class AnswersFormValidator : AbstractValidator<AnswersForm>
{
    public AnswersFormValidator(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        RuleFor(form => form).Custom((form, context) =>
        {
            foreach (var question in questionnaire.All)
            {
                if (Problem(question, form[question]) is { } message) context.AddFailure(question.Field, message);
            }
        });
    }

    /// <summary>What is wrong with one raw answer, or null when nothing is.</summary>
    public static string? Problem(Question question, string? value)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (string.IsNullOrWhiteSpace(value) && question.Required) return question.WhenMissing ?? $"Answer the question about the {question.Noun}.";
        // An optional number or text left blank is not answered; an optional choice is skipped only with an empty value.
        var blank = question.Kind is QuestionKind.Choice or QuestionKind.YesNo ? string.IsNullOrEmpty(value) : string.IsNullOrWhiteSpace(value);
        return blank ? null : Invalid(question, value!);
    }

    private static string? Invalid(Question question, string value) => question.Kind switch
    {
        QuestionKind.Choice or QuestionKind.YesNo => question.LevelIndex(value) < 0 ? question.NotAnOptionMessage : null,
        QuestionKind.WholeNumber => !WholeNumber.TryParse(value, out var n) ? question.NotWholeMessage
            : n < question.Min || n > question.Max ? question.OutOfRangeMessage
            : null,
        _ => value.ReplaceLineEndings("\n").Length > question.MaxLength ? question.TooLongMessage
            : question.Lines > 1 && value.Any(c => char.IsControl(c) && c is not '\n' and not '\r') ? $"The {question.Noun} cannot contain control characters such as tabs; line breaks are fine."
            : question.Lines == 1 && value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029') ? $"The {question.Noun} cannot contain control characters such as line breaks or tabs."
            : !PlainText.IsPlain(value) ? $"The {question.Noun} must be visible text: no invisible direction or formatting marks, and no characters that could not be read."
            : null,
    };
}

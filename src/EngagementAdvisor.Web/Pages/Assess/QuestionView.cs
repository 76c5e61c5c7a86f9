using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Web.Pages.Assess;

/// <summary>What the question partial needs: the question, the value to show and its error, if any.</summary>
public sealed record QuestionView(Question Question, string? Value, string? Error)
{
    public static string IdOf(string field) => "q-" + field;

    /// <summary>A question as a form shows it: the value typed (or stored) and the first message about it.</summary>
    public static QuestionView For(Question question, Features.Answers.AnswersForm form, Features.Answers.FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);
        return new(question, form[question], errors.First(question.Field));
    }

    /// <summary>The error summary of a form: its own problem first, then each field's first message in the order given, each linked to its field.</summary>
    public static IEnumerable<(string Anchor, string Message)> Summary(Features.Answers.FieldErrors errors, IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return fields.Prepend("").Where(errors.Has).Select(name => (name.Length == 0 ? "error-summary" : IdOf(name), errors.First(name)!));
    }

    public string Id => IdOf(Question.Field);
    public string Name => Question.Field;
    public string HintId => Id + "-hint";
    public string ErrorId => Id + "-error";
    public string DescribedBy => Error is null ? HintId : $"{HintId} {ErrorId}";
}

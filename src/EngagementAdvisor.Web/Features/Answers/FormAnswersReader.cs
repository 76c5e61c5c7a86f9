using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Web.Features.Answers;

/// <summary>
/// Reads the questionnaire's posted form into an <see cref="AnswersForm"/>. Each question posts under its field name,
/// as in the API. A question answered twice (which answer counts?) or a field the form does not have is a broken or
/// forged post, refused like a wrong answer: scores, tokens, versions and times are always the server's.
/// </summary>
public static class FormAnswersReader
{
    /// <summary>Fields the questionnaire form posts besides the answers: its antiforgery token and the result being adjusted.</summary>
    public static readonly IReadOnlySet<string> FormFields = new HashSet<string>(StringComparer.Ordinal) { "__RequestVerificationToken", "from" };

    public static AnswersForm Read(Questionnaire questionnaire, IFormCollection posted, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(posted);
        ArgumentNullException.ThrowIfNull(errors);
        var form = new AnswersForm(questionnaire);
        foreach (var (key, values) in posted)
        {
            if (FormFields.Contains(key)) continue;
            if (questionnaire.FindByField(key) is not { } question)
            {
                if (!errors.Has("")) errors.Add("", "The form sent an answer to a question it does not have. Reload the page and try again.");
                continue;
            }
            if (values.Count > 1) errors.Add(question.Field, "This question was answered more than once. Choose one answer.");
            else form[question.Field] = values.ToString();
        }
        return form;
    }
}

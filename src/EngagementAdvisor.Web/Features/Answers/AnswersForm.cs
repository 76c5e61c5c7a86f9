using System.Globalization;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Web.Features.Answers;

/// <summary>
/// The questionnaire's answers as they arrive, by field, before validation: every value is text, so a malformed value
/// becomes a message beside its field instead of a binding failure. The form and the JSON API both fill one
/// (<see cref="FormAnswersReader"/>, <see cref="JsonAnswersReader"/>) and <see cref="AnswersFormValidator"/> checks it,
/// so both accept exactly the same answers.
/// </summary>
public sealed class AnswersForm(Questionnaire questionnaire)
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public Questionnaire Questionnaire { get; } = questionnaire;

    /// <summary>The raw answer to the question with this field name, or null when none was given.</summary>
    public string? this[string field]
    {
        get => _values.GetValueOrDefault(field);
        set => _values[field] = value;
    }

    public string? this[Question question] => this[(question ?? throw new ArgumentNullException(nameof(question))).Field];

    /// <summary>Stored answers as the form shows them again ("Adjust answers").</summary>
    public static AnswersForm From(Core.Questions.Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var form = new AnswersForm(answers.Questionnaire);
        foreach (var question in answers.Questionnaire.All) form[question.Field] = answers[question];
        return form;
    }

    /// <summary>Converts answers that passed <see cref="AnswersFormValidator"/> into their canonical form.</summary>
    public Core.Questions.Answers ToAnswers() => Core.Questions.Answers.Of(Questionnaire, Questionnaire.All.Select(q => KeyValuePair.Create(q.Id, Canonical(q))));

    private string? Canonical(Question question)
    {
        var raw = this[question];
        if (string.IsNullOrWhiteSpace(raw)) return null;
        return question.Kind switch
        {
            QuestionKind.WholeNumber => WholeNumber.TryParse(raw, out var n)
                ? n.ToString(CultureInfo.InvariantCulture)
                : throw new InvalidOperationException("Answers must be validated before they are converted."),
            // One kind of line break is stored, whatever the browser or client sent.
            QuestionKind.Text => raw.Trim().ReplaceLineEndings("\n"),
            _ => raw,
        };
    }
}

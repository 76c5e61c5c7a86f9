using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Web.Pages.Assess;

/// <summary>What the question partial needs: the question, the value to show and its error, if any.</summary>
public sealed record QuestionView(Question Question, string? Value, string? Error)
{
    public static string IdOf(string field) => "q-" + field;

    public string Id => IdOf(Question.Field);
    public string Name => Question.Field;
    public string HintId => Id + "-hint";
    public string ErrorId => Id + "-error";
    public string DescribedBy => Error is null ? HintId : $"{HintId} {ErrorId}";
}

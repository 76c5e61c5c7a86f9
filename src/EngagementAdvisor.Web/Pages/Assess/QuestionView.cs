using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Web.Pages.Assess;

/// <summary>What the question partial needs: the wording, the posted value and its error, if any.</summary>
public sealed record QuestionView(Question Question, string Name, string? Value, string? Error, string InputKind = "choice")
{
    public string Id => "q-" + Question.Field;
    public string HintId => Id + "-hint";
    public string ErrorId => Id + "-error";
    public string DescribedBy => Error is null ? HintId : $"{HintId} {ErrorId}";
}

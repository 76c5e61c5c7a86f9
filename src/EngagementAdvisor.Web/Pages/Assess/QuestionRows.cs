using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Web.Pages.Assess;

/// <summary>How questions sit in the questionnaire's form: two required numbers in a row share it (duration beside budget), everything else has a row of its own.</summary>
public static class QuestionRows
{
    public static IEnumerable<IReadOnlyList<Question>> Of(IEnumerable<Question> questions, bool required)
    {
        var list = questions.Where(q => q.Required == required).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var pair = required && i + 1 < list.Count && list[i].Kind == QuestionKind.WholeNumber && list[i + 1].Kind == QuestionKind.WholeNumber;
            yield return pair ? [list[i], list[++i]] : [list[i]];
        }
    }
}

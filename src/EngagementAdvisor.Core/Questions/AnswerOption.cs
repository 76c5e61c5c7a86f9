namespace EngagementAdvisor.Core.Questions;

/// <summary>
/// One option of a choice or yes/no question: its wire id, the label the questionnaire shows, and, when that label is
/// long, the short one a result shows beside the question's name ("Day-to-day control: Low").
/// </summary>
public sealed record AnswerOption(string Id, string Label, string? ResultLabel = null)
{
    public string LabelInResults => ResultLabel ?? Label;
}

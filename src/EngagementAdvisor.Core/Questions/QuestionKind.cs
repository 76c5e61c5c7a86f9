namespace EngagementAdvisor.Core.Questions;

/// <summary>What kind of answer a question takes; it decides how the answer is entered, checked, sent and scored.</summary>
public enum QuestionKind
{
    /// <summary>One of a few options, sent as the option's id; each option is a level of the factor.</summary>
    Choice,

    /// <summary>Yes or no, sent as JSON true or false and posted as "yes" or "no"; each answer is a level.</summary>
    YesNo,

    /// <summary>A whole number within a range; bands of numbers are the levels.</summary>
    WholeNumber,

    /// <summary>Free text, such as the result's label; never scored.</summary>
    Text,
}

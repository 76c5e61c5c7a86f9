namespace EngagementAdvisor.Web.Data.Entities;

/// <summary>How a stored advice is written (<see cref="Assessment.ResultJson"/>), stored as a number.</summary>
public enum AdviceForm
{
    /// <summary>With every reason, tension, note and label in words: rows stored before issue 21, until <see cref="Features.Assessments.ProseMigration"/> strips them.</summary>
    WithProse = 1,

    /// <summary>The figures and ids, and only the texts its ids no longer word exactly.</summary>
    IdsAndFigures = 2,
}

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>The outcome of looking a link up; <see cref="Stored"/> is set when it was <see cref="Lookup.Found"/>.</summary>
public sealed record AssessmentLookup(Lookup Outcome, StoredAssessment? Stored)
{
    public static readonly AssessmentLookup Gone = new(Lookup.Gone, null);
    public static readonly AssessmentLookup Missing = new(Lookup.Missing, null);
}

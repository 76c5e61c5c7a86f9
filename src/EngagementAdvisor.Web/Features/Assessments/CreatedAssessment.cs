namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>A new result and its private manage token, which is shown to the creator once and never again.</summary>
public sealed record CreatedAssessment(StoredAssessment Stored, string ManageToken);

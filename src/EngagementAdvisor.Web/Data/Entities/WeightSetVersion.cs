namespace EngagementAdvisor.Web.Data.Entities;

/// <summary>An immutable, numbered weight set. Assessments point at the version they were scored with.</summary>
public sealed class WeightSetVersion
{
    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public string Comment { get; set; } = "";

    /// <summary>The <see cref="Core.Scoring.WeightSet"/> as JSON.</summary>
    public string WeightsJson { get; set; } = "";
}

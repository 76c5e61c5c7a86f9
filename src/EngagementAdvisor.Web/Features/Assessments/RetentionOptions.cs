namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>Optional retention (<c>Retention:Days</c>): results older than this many days are deleted. Off (0) by default.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Age in days after which a result is deleted as its creator would delete it; 0 keeps results for ever.</summary>
    public int Days { get; set; }

    /// <summary>How often the sweep runs.</summary>
    public int SweepMinutes { get; set; } = 60;
}
